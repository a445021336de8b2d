import { useEffect } from 'react';
import { useReader } from '../state/reader-context';
import { requestSearchFocus } from './focus-request';
import { loadSearchPanel } from './SearchPanel';
import { warmSearch } from './search-service';

export const SEARCH_PANEL = 'search';

/** Whether a key press lands where `/` is text (a field, an editable region). */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Mounted with the reader, whatever panel is open: `/` anywhere (except while typing in a field)
 * opens the search panel with the cursor in its box, and the search worker is started after the
 * first paint, so the first search does not wait for the index.
 */
export function SearchBackground() {
  const { document, openPanel } = useReader();
  useEffect(() => warmSearch(document, loadSearchPanel), [document]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || typingInto(event.target)) return;
      event.preventDefault();
      openPanel(SEARCH_PANEL);
      requestSearchFocus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openPanel]);
  return null;
}
