/**
 * Keyword-in-context snippets: a window of the original text around the first occurrence, cut at
 * grapheme-cluster boundaries (so a Vietnamese letter with stacked marks or a surrogate pair is
 * never split), with every occurrence inside the window marked.
 */
import type { Span } from '../../../corpus/model/document';

export interface Snippet {
  /** The excerpt of the original text (never the normalised form). */
  text: string;
  /** Where the excerpt starts and ends in the record text (code points). */
  start: number;
  end: number;
  /** Occurrences inside the excerpt, in code points of `text`. */
  highlights: Span[];
  /** Whether text was cut before `start` / after `end` (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Context kept on each side of the first occurrence, in grapheme clusters. */
export const SNIPPET_CONTEXT = 30;

let segmenter: Intl.Segmenter | null = null;

/** The snippet of `text` around `ranges[0]` (or the text's start when there is no range). */
export function makeSnippet(text: string, ranges: Span[], context = SNIPPET_CONTEXT): Snippet {
  const chars = Array.from(text);
  const first = ranges[0] ?? { start: 0, end: 0 };
  // Take a generous code-point window, then trim it to whole grapheme clusters.
  const roughStart = Math.max(0, first.start - context * 2);
  const roughEnd = Math.min(chars.length, first.end + context * 2);
  const window = chars.slice(roughStart, roughEnd).join('');
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  const bounds: number[] = [];
  let cp = roughStart;
  for (const { segment } of segmenter.segment(window)) {
    bounds.push(cp);
    cp += Array.from(segment).length;
  }
  bounds.push(cp);
  const firstIdx = bounds.findIndex((b) => b >= first.start);
  const lastIdx = bounds.findIndex((b) => b >= first.end);
  const startIdx = Math.max(roughStart === 0 ? 0 : 1, firstIdx - context);
  const endIdx = Math.min(
    roughEnd === chars.length ? bounds.length - 1 : bounds.length - 2,
    (lastIdx < 0 ? bounds.length - 1 : lastIdx) + context,
  );
  const start = Math.min(bounds[Math.max(0, startIdx)] as number, first.start);
  const end = Math.max(bounds[Math.max(0, endIdx)] as number, first.end);
  const highlights = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return {
    text: chars.slice(start, end).join(''),
    start,
    end,
    highlights,
    cutBefore: start > 0,
    cutAfter: end < chars.length,
  };
}

/** The snippet as one line of plain text, with an ellipsis where it was cut. */
export function snippetLine(snippet: Snippet): string {
  return `${snippet.cutBefore ? '…' : ''}${snippet.text}${snippet.cutAfter ? '…' : ''}`;
}
