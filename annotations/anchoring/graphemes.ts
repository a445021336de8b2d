/** Grapheme-cluster helpers: quote context is measured in user-perceived characters, not code units. */

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The grapheme clusters of `text`, in order (a stacked Vietnamese vowel counts once). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The first `count` grapheme clusters of `text`. */
export function firstGraphemes(text: string, count: number): string {
  let out = '';
  let n = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (n++ >= count) break;
    out += segment;
  }
  return out;
}

/** The last `count` grapheme clusters of `text`. */
export function lastGraphemes(text: string, count: number): string {
  const all = graphemes(text);
  return all.slice(Math.max(0, all.length - count)).join('');
}

/** Number of grapheme clusters in `text`. */
export function graphemeCount(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}
