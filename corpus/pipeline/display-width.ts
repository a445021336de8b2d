/**
 * Print width of a line in em, used to tell a paragraph's last (short) line from a full one.
 * CJK characters and full-width punctuation take one em; Latin script is proportional, so its
 * letters get rough Times-like widths (narrow i, l, t; wide m, w; capitals wider than lower case).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

const NARROW = new Set([..."ijlftrI.,;:!|'’‘ "]);
const WIDE = new Set([...'mwMW%']);

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  if (NARROW.has(ch)) return 0.28;
  if (WIDE.has(ch)) return 0.85;
  if (ch === '-' || ch === '(' || ch === ')') return 0.33;
  if (/\p{Lu}/u.test(ch)) return 0.68;
  return 0.5;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    // Dashes, arrows, middle dots and tildes that CJK fonts set full width.
    cp === 0x2014 ||
    cp === 0x2027 ||
    cp === 0x2192 ||
    cp === 0x223c
  );
}
