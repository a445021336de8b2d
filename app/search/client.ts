/**
 * The reader's handle on the search worker: every call is a promise. The first page of a search
 * arrives on its own (`search`), and the total and facet counts follow when asked (`summary`), so
 * the list can show hits before all of them are found.
 */
import type { Span } from '../../corpus/model/document';
import type { EngineStats } from './engine/search-engine';
import type {
  RecordOccurrences,
  ResultPage,
  ResultSummary,
  SearchRequest,
  SearchResultInfo,
} from './engine/types';
import type { WordKeyMode } from './index/index-keys';
import type { Folds } from './normalize/folds';
import type { MessageEndpoint, WorkerReply, WorkerRequest } from './protocol';
import type { GlossaryEntryLike } from './records/glossary';
import type { SearchRecord } from './records/search-record';

/** The first answer to a search: what was searched, and its first page of hits. */
export interface SearchResponse {
  resultId: number;
  info: SearchResultInfo;
  page: ResultPage;
}

export interface SearchClient {
  /**
   * Hands the records (reading order) to the worker; resolves as soon as they can be searched
   * (texts normalised). The index itself keeps building in the worker: see `indexed`.
   */
  load(
    records: SearchRecord[],
    options?: { glossary?: GlossaryEntryLike[]; wordKeys?: WordKeyMode },
  ): Promise<EngineStats>;
  /** Resolves when the index of the last `load` is complete (searches are faster from then on). */
  indexed(): Promise<EngineStats>;
  /** Searches; resolves with the first page as soon as it is found. */
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Another page of a result. */
  page(resultId: number, index: number): Promise<ResultPage>;
  /** Total, occurrences and facet counts (finds every hit). */
  summary(resultId: number): Promise<ResultSummary>;
  /** Every occurrence in every hit of a result (code points), to highlight them in the text. */
  hitRanges(resultId: number): Promise<RecordOccurrences[]>;
  /** Every occurrence of a query in one record (code points), to highlight the opened passage. */
  occurrences(recordId: string, query: string, folds?: Partial<Folds>): Promise<Span[]>;
  /** Lets the worker forget a result. */
  release(resultId: number): Promise<void>;
  /** Stops listening (pending calls are rejected). */
  dispose(): void;
}

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };
type Body<T> = T extends WorkerRequest ? Omit<T, 'id'> : never;

/** A client over a worker (or any message endpoint running `createWorkerHost`). */
export function createSearchClient(endpoint: MessageEndpoint): SearchClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let indexing: {
    id: number;
    promise: Promise<EngineStats>;
    resolve: (s: EngineStats) => void;
  } | null = null;
  const listener = (event: { data: unknown }) => {
    const reply = event.data as WorkerReply;
    if (reply.type === 'indexed') {
      if (indexing?.id === reply.id) indexing.resolve(reply.stats);
      return;
    }
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.type === 'error') waiting.reject(new Error(reply.message));
    else waiting.resolve(reply);
  };
  endpoint.addEventListener('message', listener);

  const call = <T extends WorkerReply['type']>(
    body: Body<WorkerRequest>,
    expected: T,
    onSend?: (id: number) => void,
  ): Promise<Extract<WorkerReply, { type: T }>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      onSend?.(id);
      pending.set(id, {
        resolve: (reply) =>
          reply.type === expected
            ? resolve(reply as Extract<WorkerReply, { type: T }>)
            : reject(new Error(`unexpected reply "${reply.type}" to "${body.type}"`)),
        reject,
      });
      endpoint.postMessage({ ...body, id });
    });

  return {
    load: async (records, options = {}) => {
      const reply = await call({ type: 'load', records, ...options }, 'loaded', (id) => {
        let resolve: (stats: EngineStats) => void = () => undefined;
        const promise = new Promise<EngineStats>((r) => (resolve = r));
        indexing = { id, promise, resolve };
      });
      return reply.stats;
    },
    indexed: () =>
      indexing ? indexing.promise : Promise.reject(new Error('nothing loaded: call load first')),
    search: async (request) => {
      const reply = await call({ type: 'search', request }, 'searched');
      return { resultId: reply.resultId, info: reply.info, page: reply.page };
    },
    page: async (resultId, index) => (await call({ type: 'page', resultId, index }, 'page')).page,
    summary: async (resultId) => (await call({ type: 'summary', resultId }, 'summary')).summary,
    hitRanges: async (resultId) =>
      (await call({ type: 'hit-ranges', resultId }, 'hit-ranges')).hits,
    occurrences: async (recordId, query, folds) =>
      (
        await call(
          { type: 'occurrences', recordId, query, ...(folds ? { folds } : {}) },
          'occurrences',
        )
      ).ranges,
    release: async (resultId) => {
      await call({ type: 'release', resultId }, 'released');
    },
    dispose: () => {
      endpoint.removeEventListener('message', listener);
      for (const waiting of pending.values()) waiting.reject(new Error('search client disposed'));
      pending.clear();
    },
  };
}
