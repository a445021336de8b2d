/**
 * What the glossary panel shows: the terms with their occurrence counts in a chosen order, the
 * keyword-in-context concordance of a term, and where each exclusion stands. Pure.
 */
import type { Document } from '../../../corpus/model/document';
import { utf16ToCodePoint } from '../../../corpus/text/code-points';
import type { GlossaryExclusion, GlossaryTerm } from '../../../annotations/model/glossary';
import type { AnnotationIndex } from './annotation-index';
import { blockById, keywordInContext, pageAt, sectionPath } from './passage-info';

export const TERM_SORTS = ['glossary', 'zh', 'en', 'vi', 'count'] as const;
export type TermSort = (typeof TERM_SORTS)[number];

export interface TermRow {
  term: GlossaryTerm;
  /** Term annotations of the term: one per tagged occurrence. */
  count: number;
}

/** The glossary's terms with their counts, in the order asked for (ties keep the glossary's order). */
export function sortedTerms(
  terms: GlossaryTerm[],
  index: AnnotationIndex,
  sort: TermSort,
): TermRow[] {
  const rows = terms.map((term) => ({
    term,
    count: index.occurrencesOf.get(term.id)?.length ?? 0,
  }));
  const zh = new Intl.Collator('zh-Hant-TW');
  const en = new Intl.Collator('en', { sensitivity: 'base' });
  const vi = new Intl.Collator('vi', { sensitivity: 'base' });
  const compare: Record<TermSort, (a: TermRow, b: TermRow) => number> = {
    glossary: () => 0,
    zh: (a, b) => zh.compare(a.term.zh[0] ?? '', b.term.zh[0] ?? ''),
    en: (a, b) => en.compare(a.term.en, b.term.en),
    // Terms without an established Vietnamese equivalent go last.
    vi: (a, b) =>
      Number(a.term.vi === undefined) - Number(b.term.vi === undefined) ||
      vi.compare(a.term.vi ?? '', b.term.vi ?? ''),
    count: (a, b) => b.count - a.count,
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compare[sort](a.row, b.row) || a.i - b.i)
    .map(({ row }) => row);
}

/** One line of a concordance: the occurrence in its context, where it is, or why it is not placed. */
export type ConcordanceLine =
  | {
      kind: 'placed';
      id: string;
      blockId: string;
      start: number;
      end: number;
      left: string;
      keyword: string;
      right: string;
      lang: string;
      page: number | null;
      section: { text: string; lang: string };
    }
  | { kind: 'orphan'; id: string; quote: string; reason: string };

/** Every tagged occurrence of a term in reading order (orphans last, with their reason). */
export function concordance(
  document: Document,
  index: AnnotationIndex,
  termId: string,
): ConcordanceLine[] {
  return (index.occurrencesOf.get(termId) ?? []).map(({ annotation, anchor }) => {
    if (anchor.status === 'orphan')
      return {
        kind: 'orphan',
        id: annotation.id,
        quote: annotation.target.quote.exact,
        reason: anchor.reason,
      };
    const { blockId, start, end } = anchor;
    return {
      kind: 'placed',
      id: annotation.id,
      blockId,
      start,
      end,
      ...keywordInContext(document, blockId, start, end),
      lang: blockById(document, blockId)?.lang ?? 'zh-Hant',
      page: pageAt(document, blockId, start),
      section: sectionPath(document, blockId),
    };
  });
}

/** Where an exclusion stands: its block and code-point range (null if its text is no longer there). */
export function locateExclusion(
  document: Document,
  exclusion: GlossaryExclusion,
): { blockId: string; start: number; end: number; page: number | null } | null {
  const text = blockById(document, exclusion.blockId)?.text;
  const at = text?.indexOf(exclusion.prefix + exclusion.exact) ?? -1;
  if (!text || at < 0) return null;
  const start = utf16ToCodePoint(text, at + exclusion.prefix.length);
  const end = start + Array.from(exclusion.exact).length;
  return {
    blockId: exclusion.blockId,
    start,
    end,
    page: pageAt(document, exclusion.blockId, start),
  };
}
