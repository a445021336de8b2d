/**
 * The glossary in search: entries as records (layer `glossary`) and the cross-language hook — a
 * query that equals a glossary surface form in one language offers the entry's equivalents in the
 * others (`hedging` → 避險, `軟制衡` → soft balancing). The shape follows annotations/FORMAT.md
 * (`glossary.json`); only the fields search needs are required, so the glossary helper's loader can
 * pass its entries as they are.
 */
import { DEFAULT_FOLDS } from '../normalize/folds';
import { normalizeText } from '../normalize/normalize';
import type { QueryPlan } from '../query/compile-query';
import { glossaryIri } from '../../../annotations/model/iris';
import type { SearchRecord } from './search-record';

/** A glossary entry whose surface form in one language equals the query: its other languages. */
export interface GlossaryEquivalent {
  termId: string;
  /** The language the query matched in. */
  matched: 'zh' | 'en' | 'vi';
  zh: string[];
  en: string;
  vi?: string;
}

/** The fields of a glossary.json term that search uses. */
export interface GlossaryEntryLike {
  id: string;
  /** Chinese surface forms as printed. */
  zh: string[];
  /** The English term (the article's own, or the project's rendering). */
  en: string;
  /** English surface forms found in the text (`hedging`), if any. */
  enForms?: string[];
  vi?: string;
  definition?: string;
}

/** Answers "is this query a glossary term, and what are its equivalents?". */
export interface GlossaryLookup {
  equivalents(plan: QueryPlan): GlossaryEquivalent[];
}

/** A lookup over a glossary: surface forms are compared after full normalisation. */
export function glossaryLookup(entries: GlossaryEntryLike[]): GlossaryLookup {
  const forms = new Map<string, { entry: GlossaryEntryLike; lang: 'zh' | 'en' | 'vi' }[]>();
  const add = (form: string, entry: GlossaryEntryLike, lang: 'zh' | 'en' | 'vi') => {
    const key = normalizeText(form.trim(), DEFAULT_FOLDS);
    if (!key) return;
    const list = forms.get(key) ?? [];
    if (!list.some((x) => x.entry.id === entry.id && x.lang === lang)) list.push({ entry, lang });
    forms.set(key, list);
  };
  for (const entry of entries) {
    for (const zh of entry.zh) add(zh, entry, 'zh');
    add(entry.en, entry, 'en');
    for (const en of entry.enForms ?? []) add(en, entry, 'en');
    if (entry.vi) add(entry.vi, entry, 'vi');
  }
  return {
    equivalents(plan) {
      // The whole query, as one string of its included terms, is what must equal a term.
      const raw = plan.parsed.include.map((t) => t.text).join(' ');
      if (!raw || plan.parsed.exclude.length) return [];
      const found = forms.get(normalizeText(raw, DEFAULT_FOLDS)) ?? [];
      return found.map(({ entry, lang }) => ({
        termId: entry.id,
        matched: lang,
        zh: [...entry.zh],
        en: entry.en,
        ...(entry.vi ? { vi: entry.vi } : {}),
      }));
    },
  };
}

/** A glossary entry as a search record (its forms and definition are searchable, layer `glossary`). */
export function glossaryRecord(docId: string, entry: GlossaryEntryLike): SearchRecord {
  const parts = [...entry.zh, entry.en, ...(entry.enForms ?? []), entry.vi, entry.definition];
  return {
    id: glossaryIri(docId, entry.id),
    docId,
    blockId: `glossary:${entry.id}`,
    kind: 'glossary-entry',
    lang: 'mul',
    layer: 'glossary',
    section: 'glossary',
    sectionTitle: '',
    pages: null,
    pageBreaks: [],
    text: parts.filter((p): p is string => Boolean(p)).join(' · '),
  };
}
