/**
 * Runs a search in the worker whenever the query, folds or filters change: the first page of hits
 * first, then the summary (total, occurrences, facet counts); more pages on request. Answers to an
 * older search are dropped, so a fast typist never sees results of what they typed before.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Document } from '../../../corpus/model/document';
import type { ResultSummary, SearchClient, SearchHit, SearchResultInfo } from '../../search';
import { engineFilters } from './search-params';
import type { SearchParams } from './search-params';
import { onSearchReload, searchGeneration, searchReady } from './search-service';

export const PAGE_SIZE = 20;

export type SearchStatus = 'idle' | 'preparing' | 'searching' | 'done' | 'error';

export interface SearchState {
  status: SearchStatus;
  /** The query these results answer (what the list shows may lag what is being typed). */
  query: string;
  info: SearchResultInfo | null;
  hits: SearchHit[];
  /** Whether every hit is in `hits`. */
  complete: boolean;
  summary: ResultSummary | null;
  error: string | null;
}

const IDLE: SearchState = {
  status: 'idle',
  query: '',
  info: null,
  hits: [],
  complete: true,
  summary: null,
  error: null,
};

/** Whether `shown` hits are all of them (unknown total: not yet). */
function isComplete(shown: number, total: number | null): boolean {
  return total !== null && shown >= total;
}

/** The results of `params` over `document`, and a way to load the next page. */
export function useSearch(
  document: Document,
  params: SearchParams,
): SearchState & { loadMore: () => void } {
  const [state, setState] = useState<SearchState>(IDLE);
  const current = useRef<{ seq: number; client: SearchClient | null; resultId: number | null }>({
    seq: 0,
    client: null,
    resultId: null,
  });
  // When the annotation bodies join the blocks in the worker, the search runs again.
  const generation = useSyncExternalStore(onSearchReload, searchGeneration);
  const key = JSON.stringify([document.id, params, generation]);

  useEffect(() => {
    const run = current.current;
    const seq = ++run.seq;
    const stale = () => run.seq !== seq;
    const previous = run.resultId;
    if (previous !== null) void run.client?.release(previous).catch(() => undefined);
    run.resultId = null;
    const { query, folds } = params;
    if (query.trim() === '') {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, status: run.client ? 'searching' : 'preparing' }));
    const attempt = async (retry: boolean): Promise<void> => {
      try {
        const client = await searchReady(document);
        if (stale()) return;
        run.client = client;
        setState((s) => ({ ...s, status: 'searching' }));
        const response = await client.search({
          query,
          folds,
          filters: engineFilters(params, document.id),
          pageSize: PAGE_SIZE,
        });
        if (stale()) return void client.release(response.resultId).catch(() => undefined);
        run.resultId = response.resultId;
        setState({
          status: 'searching',
          query,
          info: response.info,
          hits: response.page.hits,
          complete: isComplete(response.page.hits.length, response.page.total),
          summary: null,
          error: null,
        });
        const summary = await client.summary(response.resultId);
        if (stale()) return;
        setState((s) => ({
          ...s,
          status: 'done',
          summary,
          complete: isComplete(s.hits.length, summary.total),
        }));
      } catch (error) {
        if (stale()) return;
        // Once more: a worker that failed to load is replaced by the in-thread engine.
        if (retry) return attempt(false);
        setState({ ...IDLE, status: 'error', query, error: String(error) });
      }
    };
    void attempt(true);
    // `key` stands for document, params (new objects on every render) and generation.
  }, [key]);

  const loadMore = useCallback(() => {
    const run = current.current;
    const { client, resultId, seq } = run;
    if (!client || resultId === null || state.complete) return;
    const index = Math.ceil(state.hits.length / PAGE_SIZE);
    void client
      .page(resultId, index)
      .then((page) => {
        if (run.seq !== seq) return;
        setState((s) => {
          const seen = new Set(s.hits.map((h) => h.recordId));
          const hits = [...s.hits, ...page.hits.filter((h) => !seen.has(h.recordId))];
          return { ...s, hits, complete: isComplete(hits.length, s.summary?.total ?? page.total) };
        });
      })
      .catch(() => undefined);
  }, [state.complete, state.hits.length]);

  return { ...state, loadMore };
}
