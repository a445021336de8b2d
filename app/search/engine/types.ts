/** The shapes the engine returns (re-exported by app/search/index.ts for the reader). */
import type { Span } from '../../../corpus/model/document';
import type { Folds } from '../normalize/folds';
import type { QueryProblem } from '../query/parse-query';
import type { GlossaryEquivalent } from '../records/glossary';
import type { RecordLayer } from '../records/search-record';
import type { FacetCounts, SearchFilters } from './facets';
import type { Snippet } from './snippet';

export type ResultOrder = 'reading' | 'relevance';

export interface SearchRequest {
  query: string;
  /** Switches for the normalisations; missing ones are on (SPEC: all on by default). */
  folds?: Partial<Folds>;
  filters?: SearchFilters;
  /** `reading` (default): document order. `relevance`: occurrences per √length, then reading order. */
  order?: ResultOrder;
  /** Hits per page (default 20). */
  pageSize?: number;
}

/** A hit without its snippet: what the full result set is made of. */
export interface HitSummary {
  recordId: string;
  docId: string;
  blockId: string;
  kind: string;
  lang: string;
  layer: RecordLayer;
  section: string;
  /** First and last print page of the record (null for a glossary entry). */
  pages: [number, number] | null;
  /** Occurrences of the query's terms in the record. */
  matches: number;
}

/** A hit ready to show: where every occurrence is, the print page of the first, and a snippet. */
export interface SearchHit extends HitSummary {
  sectionTitle: string;
  /** Print page of the first occurrence (null for a glossary entry). */
  page: number | null;
  /** Every occurrence, in code points of the record's original text (`ranges.length === matches`). */
  ranges: Span[];
  snippet: Snippet;
  /** For an annotation body: the annotated span of `blockId`. */
  anchor?: Span;
}

/** Where a query occurs in one hit record (code points of its text): for highlighting. */
export interface RecordOccurrences {
  recordId: string;
  blockId: string;
  ranges: Span[];
}

export interface ResultPage {
  index: number;
  pageSize: number;
  hits: SearchHit[];
  /** Whether every hit has been found (then `total` is known). */
  complete: boolean;
  total: number | null;
}

export interface ResultSummary {
  /** Number of hits (records), after filters. */
  total: number;
  /** Sum of `matches` over those hits. */
  occurrences: number;
  facets: FacetCounts;
  /** How candidates were chosen (for diagnostics). */
  plan: string;
  /** How many candidates were verified. */
  verified: number;
}

export interface SearchResultInfo {
  query: string;
  folds: Folds;
  problems: QueryProblem[];
  equivalents: GlossaryEquivalent[];
}
