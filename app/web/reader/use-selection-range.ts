/** The reader's current text selection as a block range, with where to show its button. */
import { useEffect, useState } from 'react';
import { selectionToBlockRange } from './dom-range';
import type { BlockRange } from './dom-range';

export interface SelectionState {
  range: BlockRange;
  top: number;
  left: number;
}

export function useSelectionRange(): SelectionState | null {
  const [state, setState] = useState<SelectionState | null>(null);
  useEffect(() => {
    const update = () => {
      const selection = window.getSelection();
      const range = selectionToBlockRange(selection);
      if (!range || !selection) return setState(null);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setState({
        range,
        top: rect.bottom + window.scrollY + 6,
        left: rect.right + window.scrollX - 16,
      });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  return state;
}
