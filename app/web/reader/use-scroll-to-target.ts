/** Brings the URL's target into view (and into focus, for screen readers) whenever it changes. */
import { useEffect } from 'react';
import type { Target } from '../state/resolve-location';

export function useScrollToTarget(target: Target, rendered: boolean): void {
  const key =
    target.kind === 'block'
      ? `b:${target.blockId}:${target.range?.start ?? ''}`
      : target.kind === 'page'
        ? `p:${target.page}`
        : 'start';
  useEffect(() => {
    if (!rendered) return;
    const element =
      target.kind === 'block'
        ? (document.querySelector(`#${CSS.escape(target.blockId)} .mark-linked`) ??
          document.getElementById(target.blockId))
        : target.kind === 'page'
          ? document.getElementById(`page-${target.page}`)
          : null;
    if (!element) {
      if (target.kind === 'start') window.scrollTo({ top: 0 });
      return;
    }
    element.scrollIntoView({ block: target.kind === 'page' ? 'start' : 'center' });
    const focusable =
      target.kind === 'block'
        ? document.getElementById(target.blockId)
        : element.closest<HTMLElement>('.block');
    focusable?.focus({ preventScroll: true });
    // `key` captures everything about the target that should trigger a scroll; the target object
    // itself is rebuilt on every render.
  }, [key, rendered]);
}
