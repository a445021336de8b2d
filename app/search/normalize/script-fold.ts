/**
 * Simplified ↔ Traditional folding: every Han character is replaced by one representative of its
 * class — the characters OpenCC converts into one another — on both the text and the query,
 * character by character, so `软制衡` and `軟制衡` fold to the same string and every folded
 * character still stands for exactly one original character (the offset map stays 1:1).
 *
 * The classes join OpenCC's Taiwan-variant table, its Traditional→Simplified character table, and
 * the character pairs of its Traditional→Simplified phrase table (藉此 → 借此 puts 藉 with 借), so a
 * Simplified query finds what OpenCC would have simplified, whichever way it was written.
 *
 * Why this and not converting the query to Traditional: Simplified→Traditional is one-to-many
 * (发 → 發/髮, 系 → 係/系), so a converted query misses some text; folding both sides cannot miss.
 * The benchmark measures both (docs/bench/).
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';

const ASTRAL_SENTINEL = 0xffff;

let bmpTable: Uint16Array | null = null;
let astral: Map<number, number> | null = null;

/**
 * Calls `pair(from, to)` for each aligned character pair of a "from to|from to|…" dictionary;
 * entries whose two sides differ in length (none of OpenCC's T→S ones) are skipped. Scans the
 * string once without allocating: this runs on the way to the first search.
 */
function eachPair(dictionary: string, pair: (from: number, to: number) => void): void {
  const n = dictionary.length;
  let start = 0;
  while (start < n) {
    let bar = dictionary.indexOf('|', start);
    if (bar < 0) bar = n;
    const space = dictionary.indexOf(' ', start);
    if (
      space > start &&
      space < bar &&
      codePoints(dictionary, start, space) === codePoints(dictionary, space + 1, bar)
    ) {
      let a = start;
      let b = space + 1;
      while (a < space) {
        const from = dictionary.codePointAt(a) ?? 0;
        const to = dictionary.codePointAt(b) ?? 0;
        pair(from, to);
        a += from > 0xffff ? 2 : 1;
        b += to > 0xffff ? 2 : 1;
      }
    }
    start = bar + 1;
  }
}

function codePoints(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

function build(): void {
  // Union-find over code points: BMP parents in a typed array (0 = its own root), others in a map.
  const bmpParent = new Uint32Array(0x10000);
  const astralParent = new Map<number, number>();
  const members: number[] = [];
  const parentOf = (cp: number) =>
    cp < 0x10000 ? bmpParent[cp] || cp : (astralParent.get(cp) ?? cp);
  const setParent = (cp: number, parent: number) => {
    if (cp < 0x10000) bmpParent[cp] = parent;
    else astralParent.set(cp, parent);
  };
  const find = (cp: number): number => {
    let root = cp;
    for (let up = parentOf(root); up !== root; up = parentOf(root)) root = up;
    // Path compression keeps later look-ups short.
    for (let at = cp; at !== root;) {
      const next = parentOf(at);
      setParent(at, root);
      at = next;
    }
    return root;
  };
  const union = (from: number, to: number) => {
    if (from === to) return;
    const a = find(from);
    const b = find(to);
    if (a === b) return;
    setParent(a, b);
    members.push(from, to);
  };
  // Characters first, so that a class is usually named by its Simplified character.
  eachPair(TW_VARIANTS_REV, union);
  eachPair(TS_CHARACTERS, union);
  eachPair(TS_PHRASES, union);
  const table = new Uint16Array(0x10000);
  const big = new Map<number, number>();
  for (const cp of members) {
    const folded = find(cp);
    if (folded === cp) continue;
    if (cp < 0x10000 && folded < ASTRAL_SENTINEL) table[cp] = folded;
    else {
      // A BMP character whose fold is astral is marked in the table and looked up in the map.
      if (cp < 0x10000) table[cp] = ASTRAL_SENTINEL;
      big.set(cp, folded);
    }
  }
  bmpTable = table;
  astral = big;
}

/** The script-folded code point of `cp` (itself when it has no Simplified form). */
export function foldScript(cp: number): number {
  if (!bmpTable) build();
  if (cp < 0x10000) {
    const folded = (bmpTable as Uint16Array)[cp] as number;
    if (folded !== ASTRAL_SENTINEL) return folded || cp;
  }
  return (astral as Map<number, number>).get(cp) ?? cp;
}
