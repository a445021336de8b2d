import type { ReactNode } from 'react';
import { useReader } from '../state/reader-context';

interface Props {
  blockId: string;
  start?: number;
  end?: number;
  className?: string;
  /** Called after navigating (a card closes itself). */
  onFollow?: () => void;
  children: ReactNode;
}

/** A link to a passage: a real URL (open in a new tab, copy) that navigates in place when clicked. */
export function PassageLink({ blockId, start, end, className, onFollow, children }: Props) {
  const { document, navigate } = useReader();
  const params = new URLSearchParams({ doc: document.id, block: blockId });
  if (start !== undefined && end !== undefined) {
    params.set('start', String(start));
    params.set('end', String(end));
  }
  return (
    <a
      href={`?${params.toString()}`}
      className={className}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate({ blockId, start, end });
        onFollow?.();
      }}
    >
      {children}
    </a>
  );
}
