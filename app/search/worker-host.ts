/**
 * The worker's side of the protocol, as a plain function of messages (no worker globals here, so
 * it runs and is tested in Node). Results stay in the worker; the client asks for pages of them.
 */
import { SearchEngine } from './engine/search-engine';
import type { SearchResult } from './engine/search-result';
import type { WorkerReply, WorkerRequest } from './protocol';
import { glossaryLookup } from './records/glossary-lookup';

/** How many live results the worker keeps (the oldest is dropped first). */
const MAX_RESULTS = 16;

/** A message handler holding one engine and the live results. */
export function createWorkerHost(): (request: WorkerRequest) => WorkerReply {
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

  return (request) => {
    try {
      switch (request.type) {
        case 'load': {
          results.clear();
          engine = SearchEngine.build(request.records, {
            wordKeys: request.wordKeys ?? 'bigrams',
            ...(request.glossary ? { glossary: glossaryLookup(request.glossary) } : {}),
          });
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
          return {
            type: 'page',
            id: request.id,
            page: result(request.resultId).page(request.index),
          };
        case 'summary':
          return { type: 'summary', id: request.id, summary: result(request.resultId).summary() };
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
          throw new Error(
            `unknown request ${JSON.stringify((request as { type?: unknown }).type)}`,
          );
      }
    } catch (error) {
      const id = typeof request?.id === 'number' ? request.id : -1;
      return { type: 'error', id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
