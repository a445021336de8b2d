/**
 * Where exactly a fuzzy match begins and ends. approx-string-match scores the quote alone, so when
 * the end of an annotated passage was deleted it happily stretches the match over the next words
 * (「…叫做「避險」 → 「…叫做。「避險」, one error, taking the *next* 避險). The stored prefix and suffix
 * say better: align prefix + quote + suffix, as one string, with the text around the candidate
 * (edit distance, free at both far ends), and put the quote's ends where that alignment puts them.
 */
import type { Candidate, QuoteContext } from './match-quote';
import { BOUNDARY, CONTEXT_UNITS, expectedPrefix, expectedSuffix } from './match-quote';

/** How far beyond the candidate and its context the alignment may look, in UTF-16 units. */
const SLACK = 16;

/** The candidate with its ends moved to the best alignment of the stored context; null if empty. */
export function refineBoundaries(
  text: string,
  candidate: Candidate,
  context: QuoteContext,
): Candidate | null {
  const before = expectedPrefix(context);
  const after = expectedSuffix(context);
  const pattern = before + context.exact + after;
  // The block edges are marked as the padded contexts expect them.
  const pad = BOUNDARY.repeat(CONTEXT_UNITS);
  const padded = pad + text + pad;
  const from = Math.max(0, pad.length + candidate.start - before.length - SLACK);
  const to = Math.min(padded.length, pad.length + candidate.end + after.length + SLACK);
  const region = padded.slice(from, to);
  const [quoteStart, quoteEnd] = alignBoundaries(
    pattern,
    region,
    before.length,
    before.length + context.exact.length,
  );
  const start = Math.max(0, from + quoteStart - pad.length);
  const end = Math.min(text.length, from + quoteEnd - pad.length);
  if (end <= start) return null;
  return { start, end, errors: editDistance(context.exact, text.slice(start, end)) };
}

/**
 * Semi-global alignment of `pattern` inside `region` (Levenshtein costs; the region's ends are
 * free); returns the region positions aligned with pattern positions `i` and `j`.
 */
function alignBoundaries(pattern: string, region: string, i: number, j: number): [number, number] {
  const n = pattern.length;
  const m = region.length;
  const width = m + 1;
  const cost = new Uint32Array((n + 1) * width);
  for (let r = 1; r <= n; r++) cost[r * width] = r;
  for (let r = 1; r <= n; r++) {
    for (let c = 1; c <= m; c++) {
      const diagonal =
        (cost[(r - 1) * width + c - 1] ?? 0) + (pattern[r - 1] === region[c - 1] ? 0 : 1);
      const up = (cost[(r - 1) * width + c] ?? 0) + 1;
      const left = (cost[r * width + c - 1] ?? 0) + 1;
      cost[r * width + c] = Math.min(diagonal, up, left);
    }
  }
  let c = 0;
  for (let k = 1; k <= m; k++) if ((cost[n * width + k] ?? 0) < (cost[n * width + c] ?? 0)) c = k;
  // Walk back, noting the region position when the walk crosses pattern rows j and i.
  let r = n;
  let atI = 0;
  let atJ = 0;
  while (r > 0) {
    if (r === j) atJ = c;
    if (r === i) atI = c;
    const here = cost[r * width + c] ?? 0;
    if (
      c > 0 &&
      here === (cost[(r - 1) * width + c - 1] ?? 0) + (pattern[r - 1] === region[c - 1] ? 0 : 1)
    ) {
      r--;
      c--;
    } else if (here === (cost[(r - 1) * width + c] ?? 0) + 1) {
      r--;
    } else {
      c--;
    }
  }
  if (i === 0) atI = c;
  if (j === 0) atJ = c;
  return [atI, atJ];
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let r = 1; r <= a.length; r++) {
    const row = [r];
    for (let c = 1; c <= b.length; c++) {
      row[c] = Math.min(
        (previous[c - 1] ?? 0) + (a[r - 1] === b[c - 1] ? 0 : 1),
        (previous[c] ?? 0) + 1,
        (row[c - 1] ?? 0) + 1,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
