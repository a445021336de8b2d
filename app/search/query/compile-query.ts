/**
 * Turns a parsed query into what the engine runs: each term's needle (the term normalised under
 * the query's folds — what is looked for in the record text normalised the same way) and its index
 * keys (from the term normalised with every fold on, because the index is built that way and a
 * match under fewer folds is still a match under all of them).
 */
import type { WordKeyMode } from '../index/index-keys';
import { indexKeys } from '../index/index-keys';
import type { Folds } from '../normalize/folds';
import { DEFAULT_FOLDS } from '../normalize/folds';
import { normalizeText } from '../normalize/normalize';
import type { ParsedQuery, QueryProblem, QueryTerm } from './parse-query';

export interface CompiledTerm {
  term: QueryTerm;
  /** The term normalised under the query's folds. */
  needle: string;
  /** Bigram keys of the fully folded term (empty when it has no run of two characters). */
  bigrams: string[];
  /** Whole-word keys (only in the index's `full` word mode). */
  words: string[];
}

export interface QueryPlan {
  parsed: ParsedQuery;
  folds: Folds;
  include: CompiledTerm[];
  exclude: CompiledTerm[];
  problems: QueryProblem[];
}

/** Normalises every term and computes its index keys. */
export function compileQuery(parsed: ParsedQuery, folds: Folds, mode: WordKeyMode): QueryPlan {
  const problems = [...parsed.problems];
  const compile = (term: QueryTerm): CompiledTerm | null => {
    const needle = normalizeText(term.text, folds);
    if (needle === '' || needle === ' ') {
      problems.push({
        code: 'nothing-searchable',
        message: `the term "${term.text}" has nothing left to search for after normalisation`,
      });
      return null;
    }
    const keys = indexKeys(normalizeText(term.text, DEFAULT_FOLDS), mode);
    return { term, needle, bigrams: keys.bigrams, words: keys.words };
  };
  const include = distinct(parsed.include.map(compile));
  const exclude = distinct(parsed.exclude.map(compile));
  return { parsed, folds, include, exclude, problems };
}

/** Drops terms that could not be compiled and repeats of the same needle (`越南 越南` = `越南`). */
function distinct(terms: (CompiledTerm | null)[]): CompiledTerm[] {
  const seen = new Set<string>();
  return terms.filter((t): t is CompiledTerm => {
    if (t === null || seen.has(t.needle)) return false;
    seen.add(t.needle);
    return true;
  });
}
