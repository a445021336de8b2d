/** Helpers for code-point arithmetic: every offset in Triglot counts Unicode code points. */

/** Number of code points in `s` (not UTF-16 units). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The substring of `s` between two code-point offsets. */
export function sliceCodePoints(s: string, start: number, end?: number): string {
  return Array.from(s).slice(start, end).join('');
}

/** Converts a code-point offset in `s` to a UTF-16 index (for the DOM edge and String APIs). */
export function codePointToUtf16(s: string, offset: number): number {
  let cp = 0;
  let i = 0;
  while (cp < offset && i < s.length) {
    const code = s.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    cp++;
  }
  return i;
}

/** Converts a UTF-16 index in `s` to a code-point offset. */
export function utf16ToCodePoint(s: string, index: number): number {
  return codePointLength(s.slice(0, index));
}
