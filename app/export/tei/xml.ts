/** XML serialisation primitives for the TEI export: escaping and element strings. */

/**
 * Index of the first UTF-16 unit XML 1.0 cannot carry (C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF, a lone surrogate), or -1.
 */
function illegalCharIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) return i;
    if (code === 0xfffe || code === 0xffff) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return i;
    }
  }
  return -1;
}

/** Thrown when text cannot be written as XML at all; `where` names the block or field. */
export class XmlTextError extends Error {
  constructor(where: string, text: string) {
    const code = text.charCodeAt(illegalCharIndex(text));
    super(
      `${where}: U+${code.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML`,
    );
  }
}

/** Escapes character data; throws if the text holds a character XML cannot carry. */
export function escapeText(text: string, where = 'text'): string {
  if (illegalCharIndex(text) >= 0) throw new XmlTextError(where, text);
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes an attribute value (double-quoted); whitespace characters are kept as references. */
export function escapeAttribute(value: string, where = 'attribute'): string {
  if (illegalCharIndex(value) >= 0) throw new XmlTextError(where, value);
  return value.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type Attributes = Record<string, string | number | undefined | null>;

/** ` name="value"` pairs in the given order; undefined and null values are left out. */
export function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    out += ` ${name}="${escapeAttribute(String(value), `@${name}`)}"`;
  }
  return out;
}

/** The start tag `<name …>`. */
export function startTag(name: string, attrs: Attributes = {}): string {
  return `<${name}${attributes(attrs)}>`;
}

/** An empty element `<name …/>`. */
export function emptyElement(name: string, attrs: Attributes = {}): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** An element whose content is already serialised XML. */
export function element(name: string, attrs: Attributes, content: string): string {
  return content === ''
    ? emptyElement(name, attrs)
    : `${startTag(name, attrs)}${content}</${name}>`;
}

/** An element holding escaped text. */
export function textElement(name: string, attrs: Attributes, text: string): string {
  return element(name, attrs, escapeText(text, name));
}

/**
 * A structural element (its children on their own lines, indented) or a raw leaf (serialised XML
 * written on one line as it is: block content, where every character counts).
 */
export type XmlNode = { name: string; attrs: Attributes; children: XmlNode[] } | { raw: string };

/** A structural node. */
export const node = (name: string, attrs: Attributes, children: XmlNode[]): XmlNode => ({
  name,
  attrs,
  children,
});

/** A leaf of serialised XML. */
export const raw = (xml: string): XmlNode => ({ raw: xml });

/** Serialises a tree, indenting structural elements by two spaces a level. */
export function serialize(root: XmlNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if ('raw' in root) return `${pad}${root.raw}`;
  if (root.children.length === 0) return `${pad}${emptyElement(root.name, root.attrs)}`;
  const inner = root.children.map((child) => serialize(child, depth + 1)).join('\n');
  return `${pad}${startTag(root.name, root.attrs)}\n${inner}\n${pad}</${root.name}>`;
}

/** `@resp` of everything the project wrote (the `respStmt` in the header has this id). */
export const PROJECT = '#triglot';
