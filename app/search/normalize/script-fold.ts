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

/** Calls `pair(from, to)` for each aligned character pair of a "from to|from to|…" dictionary. */
function eachPair(dictionary: string, pair: (from: number, to: number) => void): void {
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to) continue;
    const a = Array.from(from);
    const b = Array.from(to);
    // Only entries of equal length align character by character (all of OpenCC's T→S ones do).
    if (a.length !== b.length) continue;
    a.forEach((ch, i) => pair(ch.codePointAt(0) ?? 0, (b[i] as string).codePointAt(0) ?? 0));
  }
}

function build(): void {
  const parent = new Map<number, number>();
  const find = (cp: number): number => {
    let root = cp;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    // Path compression keeps later look-ups short.
    for (let at = cp; at !== root;) {
      const next = parent.get(at) as number;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const union = (from: number, to: number) => {
    if (from === to) return;
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(a, b);
  };
  // Characters first, so that a class is usually named by its Simplified character.
  eachPair(TW_VARIANTS_REV, union);
  eachPair(TS_CHARACTERS, union);
  eachPair(TS_PHRASES, union);
  const table = new Uint16Array(0x10000);
  const big = new Map<number, number>();
  for (const cp of parent.keys()) {
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
