/**
 * What the panel can propose when a search finds nothing — turn a fold back on (which also covers
 * the other script: Simplified ↔ Traditional), drop the filters, look for the words apart rather
 * than as one phrase — and, whenever the query is a glossary term, its equivalents in the other
 * languages. Each proposal is a search of its own; only those that find something are shown.
 */
import { FOLD_NAMES } from '../../search';
import type { FoldName, Folds, SearchResultInfo } from '../../search';
import type { SearchParams } from './search-params';
import { hasFilters } from './search-params';

export type Proposal =
  | { kind: 'fold'; fold: FoldName; probe: Probe }
  | { kind: 'filters'; probe: Probe }
  | { kind: 'apart'; probe: Probe }
  | { kind: 'term'; lang: 'zh' | 'en' | 'vi'; probe: Probe };

/** A search to count: its hits decide whether the proposal is shown. */
export interface Probe {
  query: string;
  folds: Folds;
  filtered: boolean;
}

/** Identifies a probe (for caching its count). */
export function probeKey(probe: Probe): string {
  return JSON.stringify([probe.query, probe.folds, probe.filtered]);
}

/** The unquoted words of a query with no quotes or exclusions, when there are several. */
function wordsOf(query: string): string[] {
  if (/["＂]/u.test(query)) return [];
  const words = query.split(/\s+/u).filter(Boolean);
  if (words.some((w) => w.startsWith('-'))) return [];
  return words.length > 1 ? words : [];
}

/**
 * Equivalents of a glossary term in the languages the query was not in, counted under the same
 * folds and filters as the search (what the reader gets by choosing one).
 */
export function equivalentForms(info: SearchResultInfo | null): Proposal[] {
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const eq of info?.equivalents ?? []) {
    const forms: ['zh' | 'en' | 'vi', string][] = [
      ...(eq.matched === 'zh' ? [] : eq.zh.map((f) => ['zh', f] as ['zh', string])),
      ...(eq.matched === 'en' ? [] : [['en', eq.en] as ['en', string]]),
      ...(eq.matched === 'vi' || !eq.vi ? [] : [['vi', eq.vi] as ['vi', string]]),
    ];
    for (const [lang, form] of forms) {
      if (seen.has(form)) continue;
      seen.add(form);
      const query = /\s/u.test(form) ? `"${form}"` : form;
      proposals.push({
        kind: 'term',
        lang,
        probe: { query, folds: info?.folds ?? ALL, filtered: false },
      });
    }
  }
  return proposals;
}

const ALL: Folds = { case: true, width: true, diacritics: true, script: true };

/** Proposals for a search that found nothing (the equivalents are proposed separately). */
export function noResultProposals(params: SearchParams): Proposal[] {
  const { query, folds } = params;
  const filtered = hasFilters(params);
  const proposals: Proposal[] = FOLD_NAMES.filter((name) => !folds[name]).map((fold) => ({
    kind: 'fold' as const,
    fold,
    probe: { query, folds: { ...folds, [fold]: true }, filtered },
  }));
  if (filtered) proposals.push({ kind: 'filters', probe: { query, folds, filtered: false } });
  const words = wordsOf(query);
  if (words.length) {
    const apart = words.map((w) => `"${w}"`).join(' ');
    proposals.push({ kind: 'apart', probe: { query: apart, folds, filtered } });
  }
  return proposals;
}
