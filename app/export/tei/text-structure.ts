/**
 * The `<text>`: sections as nested `<div>`s in `<front>` (unnumbered sections before the first
 * numbered one: the Chinese abstract, printed first), `<body>` and `<back>` (unnumbered sections
 * after the last numbered one: the appendix and the English abstract, printed last), so that the
 * print order, and with it the order of the page breaks, is kept. A `<pb n>` stands before each
 * block that starts a new page; breaks inside blocks are milestones in their text.
 */
import type { Block, Document, Section } from '../../../corpus/model/document';
import type { BlockRole } from './block-element';
import { blockElement, isTopBlock, timelineList } from './block-element';
import type { MarkSink } from './mark-sink';
import type { XmlNode } from './xml';
import { emptyElement, node, raw } from './xml';
import { sectionXmlId } from './xml-ids';

interface Flow {
  document: Document;
  sink: MarkSink;
  /** The print page the text has reached. */
  page: number;
  /** Footnotes written at their markers; the others are written where they stand. */
  placedFootnotes: Set<string>;
}

/** The `<text>` element of the export. */
export function textElementOf(
  document: Document,
  sink: MarkSink,
  placedFootnotes: Set<string>,
): XmlNode {
  const csLang = document.metadata.csl.language;
  const textLang = typeof csLang === 'string' ? csLang : (document.metadata.languages[0] ?? 'und');
  const flow: Flow = { document, sink, page: document.pages.first - 1, placedFootnotes };
  const top = document.sections.filter((s) => s.parentId === null);
  const numbered = top.map((s, i) => (s.label ? i : -1)).filter((i) => i >= 0);
  const firstNumbered = numbered[0] ?? top.length;
  const lastNumbered = numbered[numbered.length - 1] ?? top.length - 1;
  const part = (name: string, sections: Section[], where: 'front' | 'body' | 'back') =>
    sections.length === 0
      ? []
      : [
          node(
            name,
            {},
            sections.map((s) => divOf(s, where, flow, textLang)),
          ),
        ];
  return node('text', { 'xml:lang': textLang }, [
    ...part('front', top.slice(0, firstNumbered), 'front'),
    ...(numbered.length > 0
      ? part('body', top.slice(firstNumbered, lastNumbered + 1), 'body')
      : [node('body', {}, [raw('<p/>')])]),
    ...part('back', top.slice(lastNumbered + 1), 'back'),
  ]);
}

function divType(section: Section, blocks: Block[], where: 'front' | 'body' | 'back'): string {
  if (blocks.some((b) => b.kind === 'abstract')) return 'abstract';
  if (where === 'back') return 'appendix';
  return section.level === 1 ? 'section' : 'subsection';
}

function divOf(
  section: Section,
  where: 'front' | 'body' | 'back',
  flow: Flow,
  lang: string,
): XmlNode {
  const { document } = flow;
  const own = document.blocks.filter((b) => b.section === section.id);
  const heading = own.find((b) => b.id === section.headingBlockId);
  const divLang = heading?.lang ?? lang;
  const children = document.sections.filter((s) => s.parentId === section.id);
  const firstIndex = (s: Section) =>
    document.blocks.findIndex((b) => b.section === s.id || b.id === s.headingBlockId);
  // Reading order: the section's own blocks and its subsections, by the position of their first block.
  const items: (Block | Section)[] = [...own, ...children].sort(
    (a, b) =>
      ('kind' in a ? document.blocks.indexOf(a) : firstIndex(a)) -
      ('kind' in b ? document.blocks.indexOf(b) : firstIndex(b)),
  );
  const out: XmlNode[] = [];
  let started = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Block | Section;
    if (!('kind' in item)) {
      out.push(divOf(item, where, flow, divLang));
      started = true;
      continue;
    }
    if (item.kind === 'footnote' && flow.placedFootnotes.has(item.id)) continue;
    const next = items[i + 1];
    if (
      item.kind === 'timeline-entry' ||
      (item.kind === 'heading' &&
        next &&
        'kind' in next &&
        next.kind === 'timeline-entry' &&
        item.id !== section.headingBlockId)
    ) {
      const entries: XmlNode[] = [];
      let head: XmlNode | null = null;
      if (item.kind === 'heading') {
        out.push(...pageBreakBefore(item, flow));
        head = blockElement(item, 'head', divLang, flow.sink);
        i++;
      }
      for (; i < items.length; i++) {
        const entry = items[i] as Block | Section;
        if (!('kind' in entry) || entry.kind !== 'timeline-entry') break;
        entries.push(
          ...pageBreakBefore(entry, flow),
          blockElement(entry, 'body', divLang, flow.sink),
        );
      }
      i--;
      out.push(timelineList(head, entries));
      started = true;
      continue;
    }
    const role: BlockRole =
      item.id === section.headingBlockId ? 'head' : !started && isTopBlock(item) ? 'top' : 'body';
    out.push(...pageBreakBefore(item, flow), blockElement(item, role, divLang, flow.sink));
    if (role === 'body') started = true;
  }
  return node(
    'div',
    {
      'xml:id': sectionXmlId(section.id),
      type: divType(section, own, where),
      n: section.label || undefined,
      'xml:lang': divLang === lang ? undefined : divLang,
    },
    out,
  );
}

/** A `<pb>` when `block` starts a page the text has not reached; moves the flow to its last page. */
function pageBreakBefore(block: Block, flow: Flow): XmlNode[] {
  const [first, last] = block.pages;
  const out = first > flow.page ? [raw(emptyElement('pb', { n: first }))] : [];
  flow.page = Math.max(flow.page, last);
  return out;
}
