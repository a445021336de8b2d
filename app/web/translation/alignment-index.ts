/**
 * Lookups over one aligned unit (title, keywords or abstract) for the parallel view: which pair a
 * segment belongs to, what lights up with it, and how much of each side each status covers.
 */
import { codePointLength } from '../../../corpus/text/code-points';
import { ALIGNMENT_STATUSES } from '../../../corpus/alignment/alignment-types';
import type {
  AlignedUnit,
  AlignmentPair,
  AlignmentStatus,
  Segment,
} from '../../../corpus/alignment/alignment-types';

export interface UnitIndex {
  unit: AlignedUnit;
  segment: Map<string, Segment>;
  /** The pair each segment belongs to (every segment is in exactly one, by the data's contract). */
  pairOf: Map<string, AlignmentPair>;
}

/** Indexes a unit's segments and pairs by segment id. */
export function indexUnit(unit: AlignedUnit): UnitIndex {
  const segment = new Map<string, Segment>();
  for (const s of [...unit.zh, ...unit.en]) segment.set(s.id, s);
  const pairOf = new Map<string, AlignmentPair>();
  for (const pair of unit.pairs) for (const id of [...pair.zh, ...pair.en]) pairOf.set(id, pair);
  return { unit, segment, pairOf };
}

/** The segment ids that light up when `segmentId` is hovered or focused: its whole pair. */
export function litWith(index: UnitIndex, segmentId: string | null): Set<string> {
  const pair = segmentId ? index.pairOf.get(segmentId) : undefined;
  return new Set(pair ? [...pair.zh, ...pair.en] : []);
}

export interface Share {
  segments: number;
  /** Code points of the segments' text. */
  chars: number;
}

export interface SideCoverage {
  total: Share;
  byStatus: Record<AlignmentStatus, Share>;
  /** Segments that have a counterpart on the other side (an `exact` or `partial` pair). */
  rendered: Share;
}

/** How much of each side of a unit each status covers, by segments and by characters. */
export function unitCoverage(unit: AlignedUnit): { zh: SideCoverage; en: SideCoverage } {
  const index = indexUnit(unit);
  const side = (segments: Segment[]): SideCoverage => {
    const zero = (): Share => ({ segments: 0, chars: 0 });
    const byStatus = Object.fromEntries(ALIGNMENT_STATUSES.map((s) => [s, zero()])) as Record<
      AlignmentStatus,
      Share
    >;
    const total = zero();
    const rendered = zero();
    for (const segment of segments) {
      const chars = codePointLength(segment.text);
      const status = index.pairOf.get(segment.id)?.status;
      total.segments += 1;
      total.chars += chars;
      if (!status) continue;
      byStatus[status].segments += 1;
      byStatus[status].chars += chars;
      if (status === 'exact' || status === 'partial') {
        rendered.segments += 1;
        rendered.chars += chars;
      }
    }
    return { total, byStatus, rendered };
  };
  return { zh: side(unit.zh), en: side(unit.en) };
}

/** A share as a whole percentage of its total (0 when the total is empty). */
export function percentOf(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}
