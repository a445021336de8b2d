/**
 * The cross-language hook: a query that equals a glossary surface form in one language offers the
 * entry's equivalents in the others (`hedging` → 避險, `軟制衡` → soft balancing). Surface forms
 * and the query are compared after full normalisation (so `软制衡` and `HEDGING` count too).
 */
import { DEFAULT_FOLDS } from '../normalize/folds';
import { normalizeText } from '../normalize/normalize';
import type { QueryPlan } from '../query/compile-query';
import type { GlossaryEntryLike, GlossaryEquivalent } from './glossary';

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
