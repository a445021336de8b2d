/**
 * The hover preview of decorated spans: after the pointer rests on a span for a moment, the
 * providers that have a preview show it; it stays while the pointer is on the span or on the
 * preview itself (WCAG 1.4.13: hoverable), and Escape dismisses it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { decodeMarks } from './decorations';
import { DECORATION_PROVIDERS } from './decoration-registry';

export interface PreviewState {
  anchor: HTMLElement;
  marks: Map<string, string[]>;
}

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 200;

/** State and handlers of the preview; put the handlers on the element holding the spans. */
export function useMarkPreview() {
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const showTimer = useRef<number | undefined>(undefined);
  const hideTimer = useRef<number | undefined>(undefined);

  const hide = useCallback(() => {
    window.clearTimeout(showTimer.current);
    window.clearTimeout(hideTimer.current);
    setPreview(null);
  }, []);
  const keep = useCallback(() => window.clearTimeout(hideTimer.current), []);
  const leave = useCallback(() => {
    window.clearTimeout(showTimer.current);
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setPreview(null), HIDE_DELAY_MS);
  }, []);

  const onMouseOver = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const span = (event.target as HTMLElement).closest<HTMLElement>('[data-marks]');
      if (!span?.dataset.marks) return;
      keep();
      const marks = decodeMarks(span.dataset.marks);
      if (!DECORATION_PROVIDERS.some((p) => p.renderPreview && marks.has(p.key))) return;
      window.clearTimeout(showTimer.current);
      showTimer.current = window.setTimeout(
        () =>
          setPreview((current) => (current?.anchor === span ? current : { anchor: span, marks })),
        SHOW_DELAY_MS,
      );
    },
    [keep],
  );
  const onMouseOut = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const span = (event.target as HTMLElement).closest('[data-marks]');
      const to = event.relatedTarget as Node | null;
      if (span && to && span.contains(to)) return;
      leave();
    },
    [leave],
  );

  useEffect(() => {
    if (!preview) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [preview, hide]);
  useEffect(
    () => () => {
      window.clearTimeout(showTimer.current);
      window.clearTimeout(hideTimer.current);
    },
    [],
  );

  return { preview, hide, keep, leave, onMouseOver, onMouseOut };
}
