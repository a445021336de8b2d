/**
 * The `xml:id`s of the TEI export. Every id is `<kind>.<name>`, so ids of different kinds never
 * collide and every id starts with a letter; characters an NCName cannot hold are written as
 * `_xHEX_`. The mapping (also in README.md, "TEI export"):
 *
 * | object                                   | xml:id                          |
 * | block `s2.3.1-p4`, `fn-6`, `table-1`     | `b.s2.3.1-p4`, `b.fn-6`, …      |
 * | section `s2.3`                           | `sec.s2.3`                      |
 * | glossary entry `soft-balancing`          | `gloss.soft-balancing`          |
 * | Vietnamese item `bien-dong`              | `viet.bien-dong`                |
 * | annotation `urn:triglot:anno:D:L:local`  | `L.local` (`claim.thesis`, `term.hedging-3`) |
 * | its start and end anchors                | `L.local.start`, `L.local.end`  |
 * | alignment segment `S`, pair `P` (or n), join n | `al.seg.S`, `al.link.P`, `al.join.n` |
 * | passage n that sentence `S` summarises   | `al.passage.S.n`, its link `al.summary.S.n` |
 * | the titles in the header                 | `title.zh-Hant`, `title.en`     |
 */

// XML 1.0 (5th ed.) NameStartChar and NameChar, less ':' (an NCName), as code-point ranges.
const NAME_START_RANGES: [number, number][] = [
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
  [0x10000, 0xeffff],
];
const NAME_EXTRA_RANGES: [number, number][] = [
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
];
const inRanges = (ranges: [number, number][], c: string) => {
  const code = c.codePointAt(0) ?? -1;
  return ranges.some(([low, high]) => low <= code && code <= high);
};
const isNameStart = (c: string) => inRanges(NAME_START_RANGES, c);
const isNameChar = (c: string) => isNameStart(c) || inRanges(NAME_EXTRA_RANGES, c);

/** Whether `value` is an XML NCName (what `xml:id` requires). */
export function isNcName(value: string): boolean {
  const chars = Array.from(value);
  const [first, ...rest] = chars;
  return first !== undefined && isNameStart(first) && rest.every(isNameChar);
}

/** `name` with every character an NCName cannot hold written as `_xHEX_` (and `_` itself as `_x5F_`). */
export function escapeNamePart(name: string): string {
  return Array.from(name, (c) =>
    c !== '_' && isNameChar(c) ? c : `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}_`,
  ).join('');
}

const id = (kind: string, name: string) => `${kind}.${escapeNamePart(name)}`;

export const blockXmlId = (blockId: string) => id('b', blockId);
export const sectionXmlId = (sectionId: string) => id('sec', sectionId);
export const glossaryXmlId = (termId: string) => id('gloss', termId);
export const vietnameseItemXmlId = (itemId: string) => id('viet', itemId);
export const segmentXmlId = (segmentId: string) => id('al.seg', segmentId);
export const alignmentLinkXmlId = (pair: string | number) => id('al.link', String(pair));
export const summaryPassageXmlId = (sentence: string, n: number) =>
  id('al.passage', `${sentence}.${n}`);
export const summaryLinkXmlId = (sentence: string, n: number) =>
  id('al.summary', `${sentence}.${n}`);
export const alignmentJoinXmlId = (n: number) => `al.join.${n}`;
export const titleXmlId = (lang: string) => id('title', lang);

/** `L.local` for `urn:triglot:anno:<doc>:<L>:<local>`; other IRIs are escaped whole under `anno.`. */
export function annotationXmlId(iri: string): string {
  const match = /^urn:triglot:anno:[^:]+:([a-z]+):(.+)$/.exec(iri);
  return match ? `${match[1]}.${escapeNamePart(match[2] as string)}` : id('anno', iri);
}

export const startAnchorId = (xmlId: string) => `${xmlId}.start`;
export const endAnchorId = (xmlId: string) => `${xmlId}.end`;

/** A local pointer `#id`. */
export const pointer = (xmlId: string) => `#${xmlId}`;
