/**
 * Neighbours: other occurrences of the quote that the stored context itself shows. A short quote
 * often recurs within a few characters (「避險」與「避險」, 「11月11日」); if the annotated occurrence is
 * deleted, the next one sits where its context says "the quote was just here", shifted by a few
 * characters, and scores nearly as well as the original would. The stored context lets us recognise
 * it: that candidate fits the neighbour's context (prefix + quote + suffix re-cut around the other
 * occurrence) better than the annotation's own, so it is the neighbour, not the annotated passage.
 */
import { CONTEXT_GRAPHEMES } from './describe';
import { exactOccurrences, scoreCandidate } from './match-quote';
import type { Candidate, QuoteContext } from './match-quote';

/** The contexts of every other occurrence of the quote inside prefix + quote + suffix. */
export function neighbourContexts(context: QuoteContext): QuoteContext[] {
  const stored = context.prefix + context.exact + context.suffix;
  const own = context.prefix.length;
  const length = context.exact.length;
  return exactOccurrences(stored, context.exact)
    .filter((o) => o.start !== own)
    .map((o) => {
      const from = Math.max(0, o.start - CONTEXT_GRAPHEMES);
      const to = Math.min(stored.length, o.end + CONTEXT_GRAPHEMES);
      return {
        exact: context.exact,
        prefix: stored.slice(from, o.start),
        suffix: stored.slice(o.start + length, to),
        // Only what the stored context reached is known: an edge is an edge only if it was one.
        prefixReachesStart: from === 0 && context.prefixReachesStart,
        suffixReachesEnd: to === stored.length && context.suffixReachesEnd,
      };
    });
}

/** True when `candidate` fits one of the neighbours' contexts better than the annotation's own. */
export function isNeighbour(
  text: string,
  candidate: Candidate,
  own: number,
  neighbours: QuoteContext[],
): boolean {
  return neighbours.some((n) => scoreCandidate(text, candidate, n, null).content > own);
}
