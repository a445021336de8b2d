/**
 * The search state in the URL (owned by the search panel): `q` the query, `qoff` the folds turned
 * off (`qoff=diacritics,script`; all are on by default, as SPEC says), and one comma list per filter
 * (`qkind`, `qlang`, `qlayer`, `qsection`). Pure functions: the panel reads and writes these through
 * the reader's `setExtra`, so reload and the back button restore a search.
 */
import { DEFAULT_FOLDS, FOLD_NAMES } from '../../search';
import type { FoldName, Folds, SearchFilters } from '../../search';

export const QUERY_PARAM = 'q';
export const FOLDS_OFF_PARAM = 'qoff';
/** The filters the panel offers, and their URL parameters. */
export const FILTER_PARAMS = {
  section: 'qsection',
  kind: 'qkind',
  lang: 'qlang',
  layer: 'qlayer',
} as const;
export type FilterDimension = keyof typeof FILTER_PARAMS;
export const FILTER_DIMENSIONS = Object.keys(FILTER_PARAMS) as FilterDimension[];

/**
 * The longest query kept in the URL (code points). Longer ones (a pasted page) are still searched,
 * but a URL of hundreds of kilobytes helps nobody and browsers cap URL length.
 */
export const MAX_URL_QUERY = 1000;

export interface SearchParams {
  query: string;
  folds: Folds;
  filters: Record<FilterDimension, string[]>;
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Reads the search state from the URL extras; unknown fold names are ignored. */
export function readSearchParams(extra: Record<string, string>): SearchParams {
  const off = new Set(list(extra[FOLDS_OFF_PARAM]));
  const folds = { ...DEFAULT_FOLDS };
  for (const name of FOLD_NAMES) if (off.has(name)) folds[name] = false;
  const filters = Object.fromEntries(
    FILTER_DIMENSIONS.map((d) => [d, [...new Set(list(extra[FILTER_PARAMS[d]]))]]),
  ) as Record<FilterDimension, string[]>;
  return { query: extra[QUERY_PARAM] ?? '', folds, filters };
}

/** The URL patch for a query (`null` removes the parameter; too long a query is not kept). */
export function queryPatch(query: string): Record<string, string | null> {
  const fits = query.trim() !== '' && Array.from(query).length <= MAX_URL_QUERY;
  return { [QUERY_PARAM]: fits ? query : null };
}

/** The URL patch for a fold combination (all on: no parameter). */
export function foldsPatch(folds: Folds): Record<string, string | null> {
  const off = FOLD_NAMES.filter((name: FoldName) => !folds[name]);
  return { [FOLDS_OFF_PARAM]: off.length ? off.join(',') : null };
}

/** The URL patch for one filter dimension. */
export function filterPatch(
  dimension: FilterDimension,
  values: string[],
): Record<string, string | null> {
  return { [FILTER_PARAMS[dimension]]: values.length ? values.join(',') : null };
}

/** The URL patch that clears every filter. */
export function clearFiltersPatch(): Record<string, null> {
  return Object.fromEntries(FILTER_DIMENSIONS.map((d) => [FILTER_PARAMS[d], null]));
}

/** The engine's filters for the chosen values, limited to one document. */
export function engineFilters(params: SearchParams, docId: string): SearchFilters {
  const filters: SearchFilters = { doc: [docId] };
  for (const d of FILTER_DIMENSIONS) if (params.filters[d].length) filters[d] = params.filters[d];
  return filters;
}

/** Whether any filter is chosen. */
export function hasFilters(params: SearchParams): boolean {
  return FILTER_DIMENSIONS.some((d) => params.filters[d].length > 0);
}
