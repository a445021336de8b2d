/**
 * Triglot's search, as the web reader uses it. Start the worker and a client once:
 *
 *   const worker = new Worker(new URL('../search/worker.ts', import.meta.url), { type: 'module' });
 *   const search = createSearchClient(worker);
 *   await search.load(buildRecords({ document }));          // index built in the worker
 *   const { resultId, info, page } = await search.search({ query: 'Bien Dong' });
 *   const { total, facets } = await search.summary(resultId); // every hit counted, facets
 *   const next = await search.page(resultId, 1);
 *   const ranges = await search.occurrences(hit.recordId, 'Bien Dong'); // highlight the passage
 *
 * Everything here is plain TypeScript with no DOM; only worker.ts touches worker globals. The
 * engine itself (`SearchEngine`, app/search/engine/search-engine.ts) runs in-thread for the
 * command line and the tests; it is exported as a type only, so importing this module never pulls
 * the index into the reader's main bundle.
 */
export { createSearchClient } from './client';
export type { SearchClient, SearchResponse } from './client';
export type { MessageEndpoint } from './protocol';
export type { EngineOptions, EngineStats, SearchEngine } from './engine/search-engine';
export type { SearchResult } from './engine/search-result';
export type {
  HitSummary,
  RecordOccurrences,
  ResultOrder,
  ResultPage,
  ResultSummary,
  SearchHit,
  SearchRequest,
  SearchResultInfo,
} from './engine/types';
export { FACET_DIMENSIONS } from './engine/facets';
export type { FacetCounts, FacetDimension, SearchFilters } from './engine/facets';
export { snippetLine } from './engine/snippet';
export type { Snippet } from './engine/snippet';
export { DEFAULT_FOLDS, FOLD_NAMES, NO_FOLDS } from './normalize/folds';
export type { FoldName, Folds } from './normalize/folds';
export type { QueryProblem, QueryProblemCode } from './query/parse-query';
export { buildRecords } from './records/build-records';
export type { DocumentSources } from './records/build-records';
export type { AnnotationInput } from './records/annotation-records';
export { recordsFromDocument, RECORD_LAYERS } from './records/search-record';
export type { RecordLayer, SearchRecord } from './records/search-record';
export type { GlossaryEntryLike, GlossaryEquivalent } from './records/glossary';
export type { WordKeyMode } from './index/index-keys';
