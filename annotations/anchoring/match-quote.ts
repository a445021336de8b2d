/**
 * Scoring a quote against candidate passages, after hypothesis/client's `match-quote.ts`: candidates
 * come from `approx-string-match` (Myers' bit-parallel edit-distance search) and are scored on the
 * quote, the prefix, the suffix and the distance from the expected position. Unlike hypothesis, the
 * caller enforces a minimum score, so that a look-alike passage never wins (see anchor.ts), and a
 * context that reached a block edge is matched as such (padded with boundary marks).
 *
 * Everything here works in UTF-16 indices of one block's text; anchor.ts converts to code points.
 */
import approxSearch from 'approx-string-match';
import { CONTEXT_GRAPHEMES } from './describe';

/** Marks the edge of a block, so "the quote starts the paragraph" is context that can be matched. */
export const BOUNDARY = '\u0000';

/** Weights from hypothesis/client: the quote dominates, context decides between equal quotes. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** The context window describe() stores, counted here in UTF-16 units (one per CJK grapheme). */
export const CONTEXT_UNITS = CONTEXT_GRAPHEMES;
/** The shortest context side that, exact, may vouch for a quote whose other side an edge cut. */
const MIN_EXACT_SIDE = CONTEXT_UNITS / 2;

/** The quote and its context, as the TextQuoteSelector stored them. */
export interface QuoteContext {
  exact: string;
  prefix: string;
  suffix: string;
  /** The stored prefix is shorter than the context window: the quote was near the block start. */
  prefixReachesStart: boolean;
  /** The stored suffix is shorter than the context window: the quote was near the block end. */
  suffixReachesEnd: boolean;
}

/** A possible place for the quote in one block's text (UTF-16 indices). */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and the text at [start, end). */
  errors: number;
}

/** A candidate with its score in [0, 1]. */
export interface ScoredCandidate extends Candidate {
  score: number;
}

/**
 * Every exact occurrence of `quote` in `text` and its closest approximate matches. Unlike hypothesis,
 * the approximate search runs even when an exact copy exists: the annotated passage may be the
 * edited one, and the exact copy a look-alike elsewhere in the block.
 */
export function findCandidates(text: string, quote: string, maxErrors: number): Candidate[] {
  const exact = exactOccurrences(text, quote);
  if (maxErrors < 1) return exact;
  const seen = new Set(exact.map((c) => `${c.start}:${c.end}`));
  const approximate = approxSearch(text, quote, maxErrors).filter(
    (c) => c.errors > 0 && !seen.has(`${c.start}:${c.end}`),
  );
  return [...exact, ...approximate];
}

/** The closest approximate matches only (exact ones first when there are any): for short contexts. */
function closestMatches(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact = exactOccurrences(text, pattern);
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

/** Every occurrence of `quote` in `text` (overlapping ones included), with no errors. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** How many errors a fuzzy search may allow: half the quote, capped as hypothesis caps it. */
export function maxQuoteErrors(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

/**
 * Scores a candidate in `text` against the stored quote and context; `hint` is the expected start
 * (UTF-16) when the candidate lies in the block the selectors name, and null otherwise.
 */
export function scoreCandidate(
  text: string,
  candidate: Candidate,
  context: QuoteContext,
  hint: number | null,
): ScoredCandidate {
  const quote = Math.max(0, 1 - candidate.errors / Math.max(1, context.exact.length));
  const prefix = similarity(expectedPrefix(context), windowBefore(text, candidate.start, context));
  const suffix = similarity(expectedSuffix(context), windowAfter(text, candidate.end, context));
  const position =
    hint === null
      ? 0
      : Math.max(0, 1 - Math.abs(candidate.start - hint) / Math.max(1, text.length));
  const weighted = QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix;
  return {
    ...candidate,
    score: (weighted + POSITION_WEIGHT * position) / TOTAL_WEIGHT,
  };
}

/** True when the text before and after [start, end) is exactly the stored context. */
export function contextMatchesExactly(
  text: string,
  start: number,
  end: number,
  context: QuoteContext,
): boolean {
  return prefixExact(text.slice(0, start), context) && suffixExact(text.slice(end), context);
}

/**
 * True when one side of the context is exact and the other differs only by a block edge: the block
 * now starts or ends inside the stored context (a paragraph was split there), or no longer starts
 * or ends where the stored context did (paragraphs were merged). The exact side must be long enough
 * to identify the passage by itself: 「資料來源：作者整理。」 ends both table 1 and the appendix, and a
 * few characters of context plus an edge would move one onto the other.
 */
export function contextMatchesAcrossEdges(
  text: string,
  start: number,
  end: number,
  context: QuoteContext,
): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const prefixEdge =
    context.prefix.endsWith(before) ||
    (context.prefixReachesStart && before.endsWith(context.prefix));
  const suffixEdge =
    context.suffix.startsWith(after) ||
    (context.suffixReachesEnd && after.startsWith(context.suffix));
  const long = (side: string) => side.length >= MIN_EXACT_SIDE;
  return (
    (long(context.prefix) && prefixExact(before, context) && suffixEdge) ||
    (long(context.suffix) && suffixExact(after, context) && prefixEdge)
  );
}

const prefixExact = (before: string, c: QuoteContext) =>
  c.prefixReachesStart ? before === c.prefix : before.endsWith(c.prefix);
const suffixExact = (after: string, c: QuoteContext) =>
  c.suffixReachesEnd ? after === c.suffix : after.startsWith(c.suffix);

/**
 * A context that reaches the block edge is padded with boundary marks to the full window, so that
 * "the quote opens the paragraph" weighs as much as 32 characters of context would: one character
 * inserted at the paragraph start costs 1/32, and a look-alike in mid-paragraph scores 0.
 */
const padding = (text: string) => BOUNDARY.repeat(Math.max(0, CONTEXT_UNITS - text.length));
/** The prefix a passage should have, padded with boundary marks when it reached the block start. */
export const expectedPrefix = (c: QuoteContext) =>
  (c.prefixReachesStart ? padding(c.prefix) : '') + c.prefix;
/** The suffix a passage should have, padded with boundary marks when it reached the block end. */
export const expectedSuffix = (c: QuoteContext) =>
  c.suffix + (c.suffixReachesEnd ? padding(c.suffix) : '');

/** The text just before `start`, as long as the expected prefix, with the block start marked. */
function windowBefore(text: string, start: number, context: QuoteContext): string {
  const length = expectedPrefix(context).length;
  if (length === 0) return '';
  return (BOUNDARY.repeat(length) + text.slice(0, start)).slice(-length);
}

/** The text just after `end`, as long as the expected suffix, with the block end marked. */
function windowAfter(text: string, end: number, context: QuoteContext): string {
  const length = expectedSuffix(context).length;
  return (text.slice(end) + BOUNDARY.repeat(length)).slice(0, length);
}

/** 1 − (edits to find `expected` in `actual`) / |expected|; an empty expectation is always met. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (expected === actual) return 1;
  const [best] = closestMatches(actual, expected, expected.length);
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}
