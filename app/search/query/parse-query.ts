/**
 * Query syntax: words separated by spaces must all occur (in any order); `"…"` is a phrase (one
 * term, spaces included); `-word` or `-"…"` excludes records containing it. Every term is matched
 * as an exact substring after normalisation. Only the ASCII `"` and the full-width `＂` delimit
 * phrases: the corpus's own quotation marks (「」 “ ”) are searched as typed.
 */

export interface QueryTerm {
  /** The term as typed (without quotes or the leading `-`). */
  text: string;
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
  include: QueryTerm[];
  exclude: QueryTerm[];
  problems: QueryProblem[];
}

const QUOTE = /["＂]/u;
const SPACE = /\s/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Splits a query into terms, phrases and exclusions; never throws. */
export function parseQuery(raw: string): ParsedQuery {
  const include: QueryTerm[] = [];
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
    let term: QueryTerm;
    if (QUOTE.test(text[i] as string)) {
      const close = findQuote(text, i + 1);
      if (close < 0) {
        problems.push({
          code: 'unbalanced-quote',
          message: 'a quote is not closed: the phrase runs to the end of the query',
        });
      }
      const end = close < 0 ? n : close;
      term = { text: text.slice(i + 1, end), phrase: true };
      i = close < 0 ? n : close + 1;
    } else {
      const start = i;
      while (i < n && !SPACE.test(text[i] as string)) i++;
      term = { text: text.slice(start, i), phrase: false };
    }
    if (term.text.trim() === '') continue;
    (negate ? exclude : include).push(term);
  }
  if (include.length === 0 && exclude.length === 0) {
    problems.push({ code: 'empty', message: 'the query is empty' });
  } else if (include.length === 0) {
    problems.push({
      code: 'only-exclusions',
      message: 'the query only excludes: add a term to search for',
    });
  }
  return { raw: text, include, exclude, problems };
}

function findQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (QUOTE.test(text[i] as string)) return i;
  return -1;
}
