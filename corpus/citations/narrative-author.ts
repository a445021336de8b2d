/**
 * Finds the author of a narrative citation — `Pape（2005, 36-38）`, `Tran and Sato（2018）`,
 * `吳玉山（2009, 41）` — by reading back from the bracketed year.
 */
import { isHanAuthors, isLatinAuthors } from './citation-grammar';

export interface NarrativeAuthor {
  authorText: string;
  /** UTF-16 index where the author starts. */
  index: number;
}

// How far back to look: longer than any author list the article prints.
const LOOKBACK = 80;
const HAN_RUN = /\p{Script=Han}+$/u;
// Latin names, the words joining them, and the spaces and commas between (never CJK punctuation).
const LATIN_RUN = /[\p{Script=Latin}\p{M}'’\-., &]+$/u;

/**
 * The author written right before the group at `groupIndex`, or null. A Chinese name is recognised
 * when the characters between the previous non-Chinese character and the bracket are a name of 2–4
 * characters, or end with a name the article also cites in brackets (`knownHanNames`); running text
 * cannot otherwise be told apart from a name.
 */
export function findNarrativeAuthor(
  text: string,
  groupIndex: number,
  knownHanNames: ReadonlySet<string>,
): NarrativeAuthor | null {
  const before = text.slice(Math.max(0, groupIndex - LOOKBACK), groupIndex);
  const start = groupIndex - before.length;
  const han = HAN_RUN.exec(before);
  if (han) return hanAuthor(han[0], start + han.index, knownHanNames);
  const latin = LATIN_RUN.exec(before);
  if (latin) return latinAuthor(latin[0], start + latin.index);
  return null;
}

function hanAuthor(run: string, index: number, known: ReadonlySet<string>): NarrativeAuthor | null {
  const names = [...known].filter((name) => run.endsWith(name)).sort((a, b) => b.length - a.length);
  const name = names[0];
  if (name) return { authorText: name, index: index + run.length - name.length };
  return isHanAuthors(run) ? { authorText: run, index } : null;
}

// The longest tail of the run, cut at a space, that is a well-formed author list: this drops
// English words that happen to precede the name ("the theory of Walt（1985）" → "Walt").
function latinAuthor(run: string, index: number): NarrativeAuthor | null {
  const trimmed = run.trimEnd();
  let cut = 0;
  while (cut < trimmed.length) {
    const candidate = trimmed.slice(cut);
    if (isLatinAuthors(candidate)) return { authorText: candidate, index: index + cut };
    const nextSpace = trimmed.indexOf(' ', cut);
    if (nextSpace < 0) break;
    cut = nextSpace + 1;
  }
  return null;
}
