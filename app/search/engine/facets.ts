/**
 * Filters and facet counts. A filter keeps records whose value is one of the chosen values (any
 * value within a dimension, every dimension at once); `section` also keeps sub-sections (`s2`
 * keeps `s2.3.1`). Counts are disjunctive, as in a faceted catalogue: each dimension is counted
 * with every OTHER dimension's filter applied, so choosing a kind still shows how many hits the
 * other kinds have.
 */
import type { SearchRecord } from '../records/search-record';

export const FACET_DIMENSIONS = ['kind', 'lang', 'layer', 'section', 'doc'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];

/** Chosen values per dimension; a missing or empty list does not filter. */
export type SearchFilters = Partial<Record<FacetDimension, string[]>>;

/** Hit counts per value, per dimension (values in first-seen reading order). */
export type FacetCounts = Record<FacetDimension, { value: string; count: number }[]>;

/** The value of a record in a dimension. */
export function facetValue(record: SearchRecord, dimension: FacetDimension): string {
  return dimension === 'doc' ? record.docId : record[dimension];
}

function matchesValue(dimension: FacetDimension, value: string, chosen: string[]): boolean {
  if (dimension === 'section') return chosen.some((c) => value === c || value.startsWith(`${c}.`));
  return chosen.includes(value);
}

/** Precomputed filter: which records pass each dimension. */
export class FilterSet {
  private readonly active: { dimension: FacetDimension; chosen: string[] }[];

  constructor(filters: SearchFilters | undefined) {
    this.active = FACET_DIMENSIONS.flatMap((dimension) => {
      const chosen = filters?.[dimension];
      return chosen && chosen.length ? [{ dimension, chosen }] : [];
    });
  }

  /** Whether any filter is set. */
  get isEmpty(): boolean {
    return this.active.length === 0;
  }

  /** Whether a record passes every dimension. */
  passes(record: SearchRecord): boolean {
    for (const { dimension, chosen } of this.active) {
      if (!matchesValue(dimension, facetValue(record, dimension), chosen)) return false;
    }
    return true;
  }

  /** The one dimension a record fails, `null` if it passes all, `'many'` if it fails several. */
  failing(record: SearchRecord): FacetDimension | null | 'many' {
    let failed: FacetDimension | null = null;
    for (const { dimension, chosen } of this.active) {
      if (matchesValue(dimension, facetValue(record, dimension), chosen)) continue;
      if (failed) return 'many';
      failed = dimension;
    }
    return failed;
  }
}

/** Disjunctive facet counts over the hit records. */
export function countFacets(
  records: SearchRecord[],
  hits: ArrayLike<number>,
  filters: FilterSet,
): FacetCounts {
  const maps = Object.fromEntries(
    FACET_DIMENSIONS.map((d) => [d, new Map<string, number>()]),
  ) as Record<FacetDimension, Map<string, number>>;
  for (let i = 0; i < hits.length; i++) {
    const record = records[hits[i] as number] as SearchRecord;
    const failed = filters.failing(record);
    if (failed === 'many') continue;
    for (const dimension of FACET_DIMENSIONS) {
      if (failed !== null && failed !== dimension) continue;
      const map = maps[dimension];
      const value = facetValue(record, dimension);
      map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(
    FACET_DIMENSIONS.map((d) => [d, [...maps[d]].map(([value, count]) => ({ value, count }))]),
  ) as FacetCounts;
}
