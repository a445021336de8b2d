/**
 * What the candidate index stores for a normalised text. Scripts written without spaces (Han,
 * kana) are cut into overlapping bigrams, so a two-character word is one key and can never match
 * its characters scattered apart. Words of other scripts (letters, digits and marks between
 * separators) are, by default, cut into overlapping bigrams too; the alternative `full` mode keeps
 * whole words for flexsearch's "full" tokenizer, which indexes every substring of every word (it
 * gives shorter candidate lists for Latin queries but ~1.6× the postings; see docs/bench/).
 *
 * A query's keys are computed the same way from the query's normalised text. Every key of a
 * substring of a text is a key of that text, which is what makes the index a safe pre-filter; a
 * query run of one character has no key (it is verified against every record instead).
 */
import { CharClass, charClass } from '../normalize/char-class';

/** How words of space-separated scripts are keyed. */
export type WordKeyMode = 'bigrams' | 'full';

export interface IndexKeys {
  /** Overlapping bigrams (of Han/kana runs, and of word runs in `bigrams` mode). */
  bigrams: string[];
  /** Whole word runs (only in `full` mode). */
  words: string[];
}

/** Distinct keys of a normalised text. */
export function indexKeys(normalized: string, mode: WordKeyMode = 'bigrams'): IndexKeys {
  const bigrams = new Set<string>();
  const words = new Set<string>();
  let prev = '';
  let prevClass: number = CharClass.Separator;
  let wordStart = -1;
  const n = normalized.length;
  for (let i = 0; i < n;) {
    const cp = normalized.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const cls = charClass(cp);
    const ch = width === 1 ? (normalized[i] as string) : normalized.slice(i, i + 2);
    if (cls !== CharClass.Word && wordStart >= 0) {
      words.add(normalized.slice(wordStart, i));
      wordStart = -1;
    }
    if (cls === CharClass.Separator) {
      prev = '';
    } else {
      if (cls === CharClass.Word && wordStart < 0) wordStart = i;
      const pairable = cls === CharClass.Bigram || mode === 'bigrams';
      if (prev && cls === prevClass && pairable) bigrams.add(prev + ch);
      prev = ch;
    }
    prevClass = cls;
    i += width;
  }
  if (wordStart >= 0) words.add(normalized.slice(wordStart));
  return { bigrams: [...bigrams], words: mode === 'full' ? [...words] : [] };
}
