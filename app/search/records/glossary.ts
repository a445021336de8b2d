/**
 * The glossary in search: entries as records (layer `glossary`); the cross-language hook is in
 * glossary-lookup.ts. The shape follows annotations/FORMAT.md (`glossary.json`); only the fields
 * search needs are required, so the glossary loader can pass its entries as they are.
 */
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

/** A glossary entry as a search record (its forms and definition are searchable, layer `glossary`). */
export function glossaryRecord(docId: string, entry: GlossaryEntryLike): SearchRecord {
  // The English term is often one of its surface forms too: each form once.
  const forms = [...entry.zh, entry.en, ...(entry.enForms ?? []), entry.vi];
  const parts = [...new Set(forms), entry.definition];
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
