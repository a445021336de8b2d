/** The URL as the reader's shared state: read on load and on back/forward, written on navigation. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatUrlState, parseUrlState } from './url-state';
import type { UrlState } from './url-state';

export interface UrlStateApi {
  state: UrlState;
  /**
   * Replaces the state; `push` adds a history entry (navigation), otherwise the entry is replaced.
   * Given a function, it applies it to the latest state, so that two updates in one event (open a
   * panel, then select something in it) compose instead of the second undoing the first.
   */
  update: (next: UrlState | ((current: UrlState) => UrlState), mode?: 'push' | 'replace') => void;
}

export function useUrlState(): UrlStateApi {
  const [state, setState] = useState<UrlState>(() => parseUrlState(window.location.search));
  const latest = useRef(state);
  useEffect(() => {
    const onPopState = () => {
      latest.current = parseUrlState(window.location.search);
      setState(latest.current);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const update = useCallback<UrlStateApi['update']>((next, mode = 'push') => {
    const value = typeof next === 'function' ? next(latest.current) : next;
    latest.current = value;
    const url = `${window.location.pathname}${formatUrlState(value)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setState(value);
  }, []);
  return { state, update };
}
