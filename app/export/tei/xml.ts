/** XML serialisation primitives for the TEI export: escaping and element strings. */

import { escapeAttribute, escapeText } from '../xml-escape';

export { escapeAttribute, escapeText, XmlTextError } from '../xml-escape';

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
