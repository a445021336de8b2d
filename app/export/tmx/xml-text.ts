/** XML 1.0 text and attribute escaping for the exporters. */

/** XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the supplementary planes. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Escapes `&`, `<`, `>` and both quotes; throws, naming `where`, on a character XML cannot hold. */
export function escapeXml(text: string, where: string): string {
  let offset = 0;
  // for…of walks code points, so a lone surrogate arrives alone (and is rejected) while a pair does not.
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`${where}: U+${hex} at code point ${offset} cannot be written in XML`);
    }
    offset++;
  }
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}
