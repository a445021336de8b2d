/** The check that makes search exact: occurrences of a needle in a normalised text. */
import type { CompiledTerm } from '../query/compile-query';

/** Number of non-overlapping occurrences of `needle` in `haystack`, scanning left to right. */
export function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    count++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return count;
}

/** UTF-16 positions of the non-overlapping occurrences of `needle` in `haystack`. */
export function findOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    found.push(at);
    at = haystack.indexOf(needle, at + needle.length);
  }
  return found;
}

/**
 * The number of occurrences of the included terms in a normalised record text, or 0 when the
 * record is not a hit (a term is missing, or an excluded term is present).
 */
export function verifyRecord(
  text: string,
  include: CompiledTerm[],
  exclude: CompiledTerm[],
): number {
  // Presence first (cheap, and most rejections happen here), counting only for real hits.
  for (const term of include) if (text.indexOf(term.needle) < 0) return 0;
  for (const term of exclude) if (text.indexOf(term.needle) >= 0) return 0;
  let matches = 0;
  for (const term of include) matches += countOccurrences(text, term.needle);
  return matches;
}
