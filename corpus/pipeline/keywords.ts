/** Keyword lines: a label (「關鍵詞：」, "Keywords:") and a list separated by 、 or commas. */
import { codePointLength } from '../text/code-points';
import type { Span } from '../model/document';

/** The span of each keyword in `text`, after the label. */
export function keywordSpans(text: string, label: string): Span[] {
  if (!text.startsWith(label)) return [];
  const spans: Span[] = [];
  let offset = codePointLength(label);
  for (const piece of text.slice(label.length).split(/([、，,]\s*)/u)) {
    const length = codePointLength(piece);
    if (/^[、，,]\s*$/u.test(piece)) {
      offset += length;
      continue;
    }
    const lead = codePointLength(piece) - codePointLength(piece.trimStart());
    const trimmed = piece.trim();
    if (trimmed !== '') {
      spans.push({ start: offset + lead, end: offset + lead + codePointLength(trimmed) });
    }
    offset += length;
  }
  return spans;
}
