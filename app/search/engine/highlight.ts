/**
 * Highlighting: where the query's terms occur in a record's ORIGINAL text, computed with our
 * normaliser's offset map (never flexsearch's highlighter). Ranges are code points of the record
 * text — what SPEC and the W3C selectors use; the reader converts to UTF-16 only at the DOM.
 */
import type { Span } from '../../../corpus/model/document';
import type { Folds } from '../normalize/folds';
import { normalizeWithMap } from '../normalize/normalize';
import type { CompiledTerm } from '../query/compile-query';
import { findOccurrences } from './verify';

/** Every occurrence of every included term in `text`, as original code-point ranges, in order. */
export function highlightRanges(text: string, include: CompiledTerm[], folds: Folds): Span[] {
  const mapped = normalizeWithMap(text, folds);
  const ranges: Span[] = [];
  for (const term of include) {
    for (const at of findOccurrences(mapped.text, term.needle)) {
      const last = at + term.needle.length - 1;
      ranges.push({ start: mapped.start[at] as number, end: mapped.end[last] as number });
    }
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The same, for a record whose normalised text maps one-to-one onto its original (see
 * `normalizeTextChecked`): positions in `normalized` are already code points of the original.
 */
export function highlightIdentity(normalized: string, include: CompiledTerm[]): Span[] {
  const ranges: Span[] = [];
  for (const term of include) {
    for (const at of findOccurrences(normalized, term.needle)) {
      ranges.push({ start: at, end: at + term.needle.length });
    }
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}
