/** The URL as the reader's shared state: read on load and on back/forward, written on navigation. */
import { useCallback, useEffect, useState } from 'react';
import { formatUrlState, parseUrlState } from './url-state';
import type { UrlState } from './url-state';

export interface UrlStateApi {
  state: UrlState;
  /** Replaces the state; `push` adds a history entry (navigation), otherwise the entry is replaced. */
  update: (next: UrlState, mode?: 'push' | 'replace') => void;
}

export function useUrlState(): UrlStateApi {
  const [state, setState] = useState<UrlState>(() => parseUrlState(window.location.search));
  useEffect(() => {
    const onPopState = () => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const update = useCallback((next: UrlState, mode: 'push' | 'replace' = 'push') => {
    const url = `${window.location.pathname}${formatUrlState(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setState(next);
  }, []);
  return { state, update };
}
