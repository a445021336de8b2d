/**
 * "Put the cursor in the search box": asked by the `/` shortcut, which may fire before the search
 * panel is even rendered, and answered by the box as soon as it exists.
 */
let pending = false;
const listeners = new Set<() => void>();

/** Asks for the search box to take the focus (now if it is there, else when it appears). */
export function requestSearchFocus(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** Called by the search box: `focus` runs for every request, including one made before it mounted. */
export function onSearchFocusRequest(focus: () => void): () => void {
  const answer = () => {
    if (!pending) return;
    pending = false;
    focus();
  };
  listeners.add(answer);
  answer();
  return () => listeners.delete(answer);
}
