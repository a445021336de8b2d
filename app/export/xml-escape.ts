/**
 * XML 1.0 escaping for every exporter (TEI, TMX): character data and attribute values, refusing
 * a character XML cannot carry rather than writing a file no parser will read.
 */

/**
 * The first character XML 1.0 cannot carry (C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF, a lone surrogate), as its UTF-16 index and code-point offset, or null.
 */
function illegalChar(text: string): { index: number; offset: number } | null {
  let offset = 0;
  for (let i = 0; i < text.length; i++, offset++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) return { index: i, offset };
    if (code === 0xfffe || code === 0xffff) return { index: i, offset };
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return { index: i, offset };
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return { index: i, offset };
    }
  }
  return null;
}

/** Thrown when text cannot be written as XML at all; `where` names the block or field. */
export class XmlTextError extends Error {
  constructor(where: string, text: string, at: { index: number; offset: number }) {
    const hex = text.charCodeAt(at.index).toString(16).toUpperCase().padStart(4, '0');
    super(`${where}: U+${hex} at code point ${at.offset} cannot be written in XML`);
  }
}

/** Escapes character data; throws if the text holds a character XML cannot carry. */
export function escapeText(text: string, where = 'text'): string {
  const bad = illegalChar(text);
  if (bad) throw new XmlTextError(where, text, bad);
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes an attribute value (double-quoted); whitespace characters are kept as references. */
export function escapeAttribute(value: string, where = 'attribute'): string {
  const bad = illegalChar(value);
  if (bad) throw new XmlTextError(where, value, bad);
  return value.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
