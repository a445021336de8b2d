/**
 * Simplified ↔ Traditional folding: every Han character is mapped to one script (Simplified, with
 * OpenCC's Taiwan-variant and Traditional→Simplified character tables), on both the text and the
 * query, character by character — so `软制衡` and `軟制衡` fold to the same string and every
 * folded character still stands for exactly one original character (the offset map stays 1:1).
 *
 * Why this and not converting the query to Traditional: Simplified→Traditional is one-to-many
 * (发 → 發/髮, 后 → 後/后), so a converted query misses some text; folding both sides with the
 * many-to-one direction cannot miss. The benchmark measures both (docs/bench/).
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';

const ASTRAL_SENTINEL = 0xffff;

let bmpTable: Uint16Array | null = null;
let astral: Map<number, number> | null = null;

function parse(dictionary: string): Map<number, number> {
  const map = new Map<number, number>();
  // Entries are "from to" separated by "|"; only one-code-point → one-code-point entries are kept
  // (the fold must keep offsets 1:1), and the first mapping of a character wins.
  let at = 0;
  while (at < dictionary.length) {
    let end = dictionary.indexOf('|', at);
    if (end < 0) end = dictionary.length;
    const from = dictionary.codePointAt(at) ?? 0;
    const fromWidth = from > 0xffff ? 2 : 1;
    if (dictionary.charCodeAt(at + fromWidth) === 0x20) {
      const to = dictionary.codePointAt(at + fromWidth + 1) ?? 0;
      const toEnd = at + fromWidth + 1 + (to > 0xffff ? 2 : 1);
      if (toEnd === end && !map.has(from)) map.set(from, to);
    }
    at = end + 1;
  }
  return map;
}

function build(): void {
  const variants = parse(TW_VARIANTS_REV);
  const toSimplified = parse(TS_CHARACTERS);
  const step = (cp: number) => {
    const standard = variants.get(cp) ?? cp;
    return toSimplified.get(standard) ?? standard;
  };
  const table = new Uint16Array(0x10000);
  const big = new Map<number, number>();
  const fold = (cp: number) => {
    // Iterate to a fixed point so that folding is idempotent (fold(fold(x)) = fold(x)).
    let folded = cp;
    for (let i = 0; i < 4; i++) {
      const next = step(folded);
      if (next === folded) break;
      folded = next;
    }
    if (folded === cp) return;
    if (cp < 0x10000 && folded < ASTRAL_SENTINEL) table[cp] = folded;
    else {
      // A BMP character whose fold is astral is marked in the table and looked up in the map.
      if (cp < 0x10000) table[cp] = ASTRAL_SENTINEL;
      big.set(cp, folded);
    }
  };
  for (const cp of variants.keys()) fold(cp);
  for (const cp of toSimplified.keys()) fold(cp);
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
