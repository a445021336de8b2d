/**
 * The Sources panel's view of the index: filters and sort read from the URL, the filtered list,
 * option counts, and the summary of Vietnamese-language news media by outlet. Pure: no React.
 */
import { SOURCE_KINDS, SOURCE_LANGUAGES } from '../../../corpus/citations/source-classifications';
import type { SourceKind, SourceLanguage } from '../../../corpus/citations/source-classifications';
import type { SourceEntry } from '../../../corpus/citations/source-index';

/** A kind, or `unclassified` for a work `sources.json` does not classify. */
export type KindFilter = SourceKind | 'unclassified';
export type SourceSort = 'name' | 'count';

export interface SourceView {
  /** The expanded source's key. */
  selected: string | null;
  kind: KindFilter | null;
  language: SourceLanguage | null;
  sort: SourceSort;
}

/** The URL parameters the panel owns. */
export const SOURCE_PARAMS = {
  selected: 'source',
  kind: 'source-kind',
  language: 'source-lang',
  sort: 'source-sort',
} as const;

export const KIND_FILTERS: readonly KindFilter[] = [...SOURCE_KINDS, 'unclassified'];

/** Reads the panel's state from the URL; unknown values are ignored rather than trusted. */
export function readSourceView(extra: Record<string, string>): SourceView {
  const kind = extra[SOURCE_PARAMS.kind];
  const language = extra[SOURCE_PARAMS.language];
  return {
    selected: extra[SOURCE_PARAMS.selected] || null,
    kind: KIND_FILTERS.includes(kind as KindFilter) ? (kind as KindFilter) : null,
    language: SOURCE_LANGUAGES.includes(language as SourceLanguage)
      ? (language as SourceLanguage)
      : null,
    sort: extra[SOURCE_PARAMS.sort] === 'count' ? 'count' : 'name',
  };
}

/** The kind of an entry, `unclassified` when it has no classification. */
export function kindOf(entry: SourceEntry): KindFilter {
  return entry.classification?.kind ?? 'unclassified';
}

/** The entries the filters keep, in the chosen order (by label, or most-cited first). */
export function viewSources(sources: readonly SourceEntry[], view: SourceView): SourceEntry[] {
  const kept = sources.filter(
    (entry) =>
      (view.kind === null || kindOf(entry) === view.kind) &&
      (view.language === null || entry.classification?.language === view.language),
  );
  // The index is already sorted by label; a stable sort keeps that order among equal counts.
  return view.sort === 'count'
    ? [...kept].sort((a, b) => b.citations.length - a.citations.length)
    : kept;
}

/** How many works each option of a filter would keep, given the other filter. */
export function optionCounts(
  sources: readonly SourceEntry[],
  view: SourceView,
): { kind: Map<KindFilter, number>; language: Map<SourceLanguage, number> } {
  const kind = new Map<KindFilter, number>();
  const language = new Map<SourceLanguage, number>();
  for (const entry of sources) {
    const k = kindOf(entry);
    const l = entry.classification?.language;
    if (view.language === null || l === view.language) kind.set(k, (kind.get(k) ?? 0) + 1);
    if (l && (view.kind === null || k === view.kind)) language.set(l, (language.get(l) ?? 0) + 1);
  }
  return { kind, language };
}

export interface OutletCount {
  /** The outlet as the project identifies it (`publisher` in sources.json), or the label. */
  outlet: string;
  works: number;
  citations: number;
}

export interface MediaSummary {
  works: number;
  citations: number;
  outlets: OutletCount[];
}

/** Works of one kind and language, grouped by outlet, most-cited first (news media in Vietnamese). */
export function summariseByOutlet(
  sources: readonly SourceEntry[],
  kind: SourceKind = 'news-media',
  language: SourceLanguage = 'vi',
): MediaSummary {
  const byOutlet = new Map<string, OutletCount>();
  let works = 0;
  let citations = 0;
  for (const entry of sources) {
    const c = entry.classification;
    if (c?.kind !== kind || c.language !== language) continue;
    works++;
    citations += entry.citations.length;
    const outlet = c.publisher ?? entry.authors.join(', ');
    const count = byOutlet.get(outlet) ?? { outlet, works: 0, citations: 0 };
    count.works++;
    count.citations += entry.citations.length;
    byOutlet.set(outlet, count);
  }
  const collator = new Intl.Collator('vi');
  const outlets = [...byOutlet.values()].sort(
    (a, b) => b.citations - a.citations || collator.compare(a.outlet, b.outlet),
  );
  return { works, citations, outlets };
}
