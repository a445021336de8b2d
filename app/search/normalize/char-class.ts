/**
 * Character classes the normaliser and the tokeniser need, with fast paths for the ranges this
 * corpus is made of (ASCII, CJK ideographs, CJK punctuation) and a cached Unicode-property test for
 * the rest.
 */

/** How the index treats a character of normalised text. */
export const CharClass = {
  /** Punctuation, symbols, spaces, controls: never part of an index key. */
  Separator: 1,
  /** Letters, digits and marks of space-separated scripts (Latin, Vietnamese, Greek, Hangul…). */
  Word: 2,
  /** Han, kana and bopomofo: scripts written without spaces. */
  Bigram: 3,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const BIGRAM_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;
const FORMAT_CONTROL = /\p{Cf}/u;

const bmpClass = new Int8Array(0x10000);
const bmpMark = new Int8Array(0x10000);

/** The index class of a code point. */
export function charClass(cp: number): CharClass {
  if (cp < 0x80) {
    // 0-9, A-Z, a-z
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
      ? CharClass.Word
      : CharClass.Separator;
  }
  if (isCommonHan(cp)) return CharClass.Bigram;
  if (cp < 0x10000) {
    const cached = bmpClass[cp] as number;
    if (cached) return cached as CharClass;
    const computed = classify(cp);
    bmpClass[cp] = computed;
    return computed;
  }
  return classify(cp);
}

function classify(cp: number): CharClass {
  const ch = String.fromCodePoint(cp);
  if (BIGRAM_SCRIPT.test(ch)) return CharClass.Bigram;
  return WORD_CHAR.test(ch) ? CharClass.Word : CharClass.Separator;
}

/** CJK Unified Ideographs and Extension A: the bulk of the text, tested without a table. */
export function isCommonHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);
}

/** Whether a code point is a combining mark (it belongs to the character before it). */
export function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp <= 0x36f) return true;
  if (isCommonHan(cp)) return false;
  if (cp < 0x10000) {
    const cached = bmpMark[cp] as number;
    if (cached) return cached === 2;
    const computed = MARK.test(String.fromCharCode(cp));
    bmpMark[cp] = computed ? 2 : 1;
    return computed;
  }
  return MARK.test(String.fromCodePoint(cp));
}

/** Invisible format controls (soft hyphen, zero-width space and joiners, BOM): ignored when matching. */
export function isFormatControl(cp: number): boolean {
  return cp >= 0xad && FORMAT_CONTROL.test(String.fromCodePoint(cp));
}

/** Characters whose only compatibility mapping is a width change (`<wide>`/`<narrow>` in UCD). */
export function isWidthForm(cp: number): boolean {
  return cp === 0x3000 || (cp >= 0xff01 && cp <= 0xffee);
}

/** Whether a code point is whitespace (what the normaliser collapses to one space). */
export function isWhitespace(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return true;
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}
