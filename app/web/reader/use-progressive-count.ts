/**
 * Renders a long document in two steps: the first blocks at once (what the reader sees first), the
 * rest right after the first paint. A deep link renders everything at once so its target exists.
 */
import { useEffect, useState } from 'react';

export const FIRST_PAINT_BLOCKS = 24;

export function useProgressiveCount(total: number, renderAllNow: boolean): number {
  const [count, setCount] = useState(() =>
    renderAllNow ? total : Math.min(total, FIRST_PAINT_BLOCKS),
  );
  useEffect(() => {
    if (count >= total) return;
    if (renderAllNow) {
      setCount(total);
      return;
    }
    // Two animation frames: the first paint happens before the rest of the text is rendered.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setCount(total));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [count, total, renderAllNow]);
  return count;
}
