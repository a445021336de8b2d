/**
 * The worker's side of the protocol, with its I/O passed in (no worker globals here, so it runs and
 * is tested in Node). On `load` the texts are normalised and the worker answers `loaded` at once —
 * search works from then on, verifying every record — and the flexsearch index is built in short
 * slices between messages, announced by `indexed` when complete. Results stay in the worker; the
 * client asks for pages of them.
 */
import { SearchEngine } from './engine/search-engine';
import type { SearchResult } from './engine/search-result';
import type { WorkerReply, WorkerRequest } from './protocol';
import { glossaryLookup } from './records/glossary-lookup';

/** How many live results the worker keeps (the oldest is dropped first). */
const MAX_RESULTS = 16;
/** Longest stretch of index building before the worker looks at its messages again. */
const SLICE_MS = 8;

export interface HostIo {
  post(reply: WorkerReply): void;
  /** Runs `task` after pending messages (setTimeout 0 in a worker). */
  schedule(task: () => void): void;
}

/** A message handler holding one engine and the live results. */
export function createWorkerHost(io: HostIo): (request: WorkerRequest) => void {
  let engine: SearchEngine | null = null;
  const results = new Map<number, SearchResult>();
  let nextResultId = 1;

  const result = (id: number): SearchResult => {
    const found = results.get(id);
    if (!found) throw new Error(`result ${id} is no longer available: search again`);
    return found;
  };
  const requireEngine = (): SearchEngine => {
    if (!engine) throw new Error('no records loaded: send "load" first');
    return engine;
  };
  const buildIndex = (loaded: SearchEngine, loadId: number) => {
    const step = () => {
      if (engine !== loaded) return; // a newer load replaced this one
      if (loaded.indexSome(SLICE_MS))
        io.post({ type: 'indexed', id: loadId, stats: loaded.stats() });
      else io.schedule(step);
    };
    io.schedule(step);
  };

  const answer = (request: WorkerRequest): WorkerReply => {
    switch (request.type) {
      case 'load': {
        results.clear();
        engine = SearchEngine.prepare(request.records, {
          wordKeys: request.wordKeys ?? 'bigrams',
          ...(request.glossary ? { glossary: glossaryLookup(request.glossary) } : {}),
        });
        buildIndex(engine, request.id);
        return { type: 'loaded', id: request.id, stats: engine.stats() };
      }
      case 'search': {
        const searched = requireEngine().search(request.request);
        const resultId = nextResultId++;
        results.set(resultId, searched);
        if (results.size > MAX_RESULTS) results.delete(results.keys().next().value as number);
        return {
          type: 'searched',
          id: request.id,
          resultId,
          info: searched.info,
          page: searched.page(0),
        };
      }
      case 'page':
        return { type: 'page', id: request.id, page: result(request.resultId).page(request.index) };
      case 'summary':
        return { type: 'summary', id: request.id, summary: result(request.resultId).summary() };
      case 'hit-ranges':
        return {
          type: 'hit-ranges',
          id: request.id,
          hits: result(request.resultId).occurrences(),
        };
      case 'occurrences':
        return {
          type: 'occurrences',
          id: request.id,
          ranges: requireEngine().occurrences(request.recordId, request.query, request.folds),
        };
      case 'release':
        results.delete(request.resultId);
        return { type: 'released', id: request.id };
      default:
        throw new Error(`unknown request ${JSON.stringify((request as { type?: unknown }).type)}`);
    }
  };

  return (request) => {
    try {
      io.post(answer(request));
    } catch (error) {
      const id = typeof request?.id === 'number' ? request.id : -1;
      io.post({
        type: 'error',
        id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
