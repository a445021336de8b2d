/**
 * Reading the TEI export back, independently of the code that wrote it: what text each block
 * element holds, and the main text in reading order with its page breaks.
 */
import { byXmlId, TEI_NS, xmlId } from './tei';

/** Element written by the project (`resp="#triglot"`): not the author's text. */
export const isProjects = (el: Element) => el.getAttribute('resp') === '#triglot';

/** An element that holds one block of the Document (`xml:id` "b." + block id). */
export const isBlockElement = (el: Element) => (xmlId(el) ?? '').startsWith('b.');

/** The block id of a block element. */
export const blockIdOf = (el: Element) => (xmlId(el) ?? '').slice(2);

/** The author's text inside `el`: nested block elements and the project's elements left out. */
export function ownText(el: Element): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) out += child.nodeValue ?? '';
    else if (child.nodeType === child.ELEMENT_NODE) {
      const element = child as Element;
      if (!isBlockElement(element) && !isProjects(element)) out += ownText(element);
    }
  }
  return out;
}

/** Stands for a page break in `flowText`: `\uE000<n>\uE001`. */
export const PB = (n: string | number) => `\uE000${n}\uE001`;

/**
 * The main text of `root` in reading order (footnotes and the project's elements left out), with
 * each `<pb n>` written as `PB(n)` and each footnote as `⟨fn n⟩`.
 */
export function flowText(root: Element): string {
  let out = '';
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) out += child.nodeValue ?? '';
    else if (child.nodeType === child.ELEMENT_NODE) {
      const el = child as Element;
      if (el.namespaceURI !== TEI_NS || isProjects(el)) continue;
      if (el.localName === 'pb') out += PB(el.getAttribute('n') ?? '?');
      else if (el.localName === 'note' && el.getAttribute('place') === 'foot')
        out += `⟨fn ${el.getAttribute('n')}⟩`;
      else out += flowText(el);
    }
  }
  return out;
}

/** The block element around `el`. */
export function blockOf(el: Element): Element {
  let block = el.parentElement as Element;
  while (!isBlockElement(block)) block = block.parentElement as Element;
  return block;
}

/**
 * The author's text between two elements of `doc` (anchors, or the ends of an element), which
 * must lie in the same block; throws otherwise.
 */
export function textBetween(doc: Document, startId: string, endId: string): string {
  const block = blockOf(byXmlId(doc, startId));
  const other = blockOf(byXmlId(doc, endId));
  if (blockIdOf(other) !== blockIdOf(block))
    throw new Error(`${startId} is in ${blockIdOf(block)}, ${endId} in ${blockIdOf(other)}`);
  const probe = block.cloneNode(true) as Element;
  for (const [id, mark] of [
    [startId, '\uE000'],
    [endId, '\uE001'],
  ] as const) {
    const el = Array.from(probe.getElementsByTagName('*')).find((e) => xmlId(e) === id) as Element;
    el.replaceWith(probe.ownerDocument.createTextNode(mark));
  }
  const own = ownText(probe);
  return own.slice(own.indexOf('\uE000') + 1, own.indexOf('\uE001'));
}
