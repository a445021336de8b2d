/**
 * Loads the "cite this passage" chunk on first use (the passage menu opening) and reports its
 * state, so the reader's first paint never waits for it and the menu can show a pending state.
 */
import { useEffect, useState } from 'react';
import type * as PassageCiterModule from './passage-citer';

type PassageCiter = typeof PassageCiterModule;

export type CiterState =
  | { status: 'pending' }
  | { status: 'ready'; citer: PassageCiter }
  | { status: 'failed'; error: string };

let loading: Promise<PassageCiter> | null = null;
let loaded: PassageCiter | null = null;

/** Starts loading the chunk (once); later calls share the same promise. */
export function loadPassageCiter(): Promise<PassageCiter> {
  loading ??= import('./passage-citer').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // a failed load (network) may be retried by the next menu
      throw error;
    },
  );
  return loading;
}

/** The chunk's state, ready at once when an earlier menu already loaded it. */
export function usePassageCiter(): CiterState {
  const [state, setState] = useState<CiterState>(() =>
    loaded ? { status: 'ready', citer: loaded } : { status: 'pending' },
  );
  useEffect(() => {
    if (state.status === 'ready') return;
    let live = true;
    loadPassageCiter().then(
      (citer) => live && setState({ status: 'ready', citer }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}
