import type { AlignmentStatus, DifferenceKind } from '../../../corpus/alignment/alignment-types';
import { StrokeIcon } from '../components/Icon';

// Shapes, not colours, tell the statuses apart: = exact, ≈ partial, + added, − omitted, ⇄ changed.
const PATHS: Record<AlignmentStatus | DifferenceKind | 'changed', string> = {
  exact: 'M5 9h14M5 15h14',
  partial: 'M4 10c3-3 5 3 8 0s5-3 8 0M4 16c3-3 5 3 8 0s5-3 8 0',
  added: 'M12 5v14M5 12h14',
  omitted: 'M5 12h14',
  changed: 'M4 9h14l-3-3M20 15H6l3 3',
};

/** The decorative icon of an alignment status or a difference kind (the label carries the name). */
export function StatusIcon({ kind }: { kind: AlignmentStatus | DifferenceKind }) {
  return <StrokeIcon path={PATHS[kind]} className="status-icon" size={14} strokeWidth={2.4} />;
}
