/**
 * Query syntax (SPEC, "Search": exact-substring semantics). The words typed outside quotes are ONE
 * phrase, in the order typed, whitespace runs counting as one space (`Kuik 2008` finds `Kuik 2008`
 * and not `Kuik（2008`); each `"…"` is one more phrase that must also occur; `-word` or `-"…"`
 * excludes records containing it. Every phrase is matched as an exact substring after
 * normalisation. Only the ASCII `"` and the full-width `＂` delimit phrases: the corpus's own
 * quotation marks (「」 “ ”) are searched as typed.
 */

export interface QueryTerm {
  /** The phrase as typed (without quotes or the leading `-`; unquoted words joined by one space). */
  text: string;
  /** Whether it was typed between quotes. */
  phrase: boolean;
}

export type QueryProblemCode =
  'empty' | 'only-exclusions' | 'unbalanced-quote' | 'lone-surrogate' | 'nothing-searchable';

/** Something about the query the user should know; the search still runs (or returns nothing). */
export interface QueryProblem {
  code: QueryProblemCode;
  message: string;
}

export interface ParsedQuery {
  raw: string;
  /** Phrases that must all occur: the unquoted words first (as one phrase), then each quoted one. */
  include: QueryTerm[];
  exclude: QueryTerm[];
  problems: QueryProblem[];
}

const QUOTE = /["＂]/u;
const SPACE = /\s/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Splits a query into its phrase of unquoted words, quoted phrases and exclusions; never throws. */
export function parseQuery(raw: string): ParsedQuery {
  const words: string[] = [];
  const quoted: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  const problems: QueryProblem[] = [];
  const text = String(raw ?? '');
  if (LONE_SURROGATE.test(text)) {
    problems.push({
      code: 'lone-surrogate',
      message: 'the query contains a lone UTF-16 surrogate; it was replaced by U+FFFD',
    });
  }
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && SPACE.test(text[i] as string)) i++;
    if (i >= n) break;
    let negate = false;
    if (text[i] === '-' && i + 1 < n && !SPACE.test(text[i + 1] as string)) {
      negate = true;
      i++;
    }
    if (QUOTE.test(text[i] as string)) {
      const close = findQuote(text, i + 1);
      if (close < 0) {
        problems.push({
          code: 'unbalanced-quote',
          message: 'a quote is not closed: the phrase runs to the end of the query',
        });
      }
      const end = close < 0 ? n : close;
      const term = { text: text.slice(i + 1, end), phrase: true };
      i = close < 0 ? n : close + 1;
      if (term.text.trim() !== '') (negate ? exclude : quoted).push(term);
      continue;
    }
    const start = i;
    while (i < n && !SPACE.test(text[i] as string)) i++;
    const word = text.slice(start, i);
    if (negate) exclude.push({ text: word, phrase: false });
    else words.push(word);
  }
  const include = words.length ? [{ text: words.join(' '), phrase: false }, ...quoted] : quoted;
  if (include.length === 0 && exclude.length === 0) {
    problems.push({ code: 'empty', message: 'the query is empty' });
  } else if (include.length === 0) {
    problems.push({
      code: 'only-exclusions',
      message: 'the query only excludes: add a phrase to search for',
    });
  }
  return { raw: text, include, exclude, problems };
}

function findQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (QUOTE.test(text[i] as string)) return i;
  return -1;
}
