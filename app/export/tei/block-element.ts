/** One block as its TEI element, in the role its place in the division gives it. */
import type { Block } from '../../../corpus/model/document';
import { figureElement, tableElement } from './float-elements';
import type { MarkSink } from './mark-sink';
import { renderBlockText } from './render-block-text';
import type { Attributes, XmlNode } from './xml';
import { element, node, raw } from './xml';
import { blockXmlId } from './xml-ids';

/**
 * How a block is written: `head` (a division's or a list's heading), `top` (before the
 * division's first paragraph, where `<head type="sub">` and `<byline>` may stand) or `body`.
 */
export type BlockRole = 'head' | 'top' | 'body';

/** Blocks that may stand at the top of a division, before its running content. */
export const isTopBlock = (block: Block) =>
  block.kind === 'heading' ||
  (block.kind === 'note' && (block.role === 'author' || block.role === 'affiliation'));

/** The element for `block`; `lang` is the language its context already declares. */
export function blockElement(block: Block, role: BlockRole, lang: string, sink: MarkSink): XmlNode {
  const attrs: Attributes = {
    'xml:id': blockXmlId(block.id),
    'xml:lang': block.lang === lang ? undefined : block.lang,
  };
  if (block.kind === 'table') return tableElement(block, sink, { 'xml:lang': attrs['xml:lang'] });
  if (block.kind === 'figure') return figureElement(block, sink, { 'xml:lang': attrs['xml:lang'] });
  const text = () => renderBlockText(block, sink)[0] ?? '';
  switch (block.kind) {
    case 'heading':
      if (role === 'head') return raw(element('head', attrs, text()));
      return raw(
        role === 'top'
          ? element('head', { ...attrs, type: 'sub' }, text())
          : element('ab', { ...attrs, type: 'heading' }, text()),
      );
    case 'paragraph':
    case 'abstract':
      return raw(element('p', attrs, text()));
    case 'keywords':
      return raw(element('ab', { ...attrs, type: 'keywords' }, text()));
    case 'timeline-entry':
      return raw(element('item', attrs, text()));
    case 'footnote':
      return raw(footnoteXml(block, sink, lang));
    case 'note':
      if (role === 'top' && block.role === 'author') {
        return raw(element('byline', attrs, element('docAuthor', {}, text())));
      }
      if (role === 'top' && block.role === 'affiliation')
        return raw(element('byline', attrs, text()));
      return raw(element('ab', { ...attrs, type: block.role }, text()));
  }
}

/** `<note place="foot" n="…">` holding a footnote block. */
export function footnoteXml(
  block: Block & { kind: 'footnote' },
  sink: MarkSink,
  lang: string,
): string {
  return element(
    'note',
    {
      'xml:id': blockXmlId(block.id),
      place: 'foot',
      n: block.footnote,
      'xml:lang': block.lang === lang ? undefined : block.lang,
    },
    renderBlockText(block, sink)[0] ?? '',
  );
}

/** A `<list type="timeline">` of appendix entries, with its heading and the page breaks between. */
export function timelineList(head: XmlNode | null, items: XmlNode[]): XmlNode {
  return node('list', { type: 'timeline' }, [...(head ? [head] : []), ...items]);
}
