/** Where a passage is, as a reader cites it: its print page, its section, a short excerpt. Pure. */
import type { Block, Document } from '../../../corpus/model/document';
import { pageOf } from '../../../corpus/citations/extract-citations';

const blockCache = new WeakMap<Document, Map<string, Block>>();

/** The block with this id (looked up in a map memoised on the document). */
export function blockById(document: Document, blockId: string): Block | undefined {
  let map = blockCache.get(document);
  if (!map) {
    map = new Map(document.blocks.map((b) => [b.id, b]));
    blockCache.set(document, map);
  }
  return map.get(blockId);
}

/** The print page where the passage starting at `offset` of the block begins. */
export function pageAt(document: Document, blockId: string, offset: number): number | null {
  const block = blockById(document, blockId);
  return block ? pageOf(block, offset) : null;
}

/**
 * The section of a block as the article numbers it (`貳三（二）`, `肆四`), or the section's title
 * where it has no number (摘要, 附錄, the English abstract).
 */
export function sectionPath(document: Document, blockId: string): { text: string; lang: string } {
  const block = blockById(document, blockId);
  const chain = [];
  for (
    let section = document.sections.find((s) => s.id === block?.section);
    section;
    section = document.sections.find((s) => s.id === section?.parentId)
  )
    chain.unshift(section);
  const last = chain.at(-1);
  if (!last) return { text: '', lang: 'zh-Hant' };
  if (!last.label) return { text: last.title, lang: last.id === 'abstract-en' ? 'en' : 'zh-Hant' };
  const text = chain.map((s) => (s.level >= 3 ? `（${s.label}）` : s.label)).join('');
  return { text, lang: 'zh-Hant' };
}

/** The text of [start, end) of a block, cut to `max` code points with an ellipsis. */
export function excerpt(
  document: Document,
  blockId: string,
  start: number,
  end: number,
  max = 48,
): string {
  const chars = Array.from(blockById(document, blockId)?.text ?? '').slice(start, end);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** Keyword in context: up to `width` code points each side of [start, end) in the block. */
export function keywordInContext(
  document: Document,
  blockId: string,
  start: number,
  end: number,
  width = 14,
): { left: string; keyword: string; right: string } {
  const chars = Array.from(blockById(document, blockId)?.text ?? '');
  const from = Math.max(0, start - width);
  const to = Math.min(chars.length, end + width);
  return {
    left: `${from > 0 ? '…' : ''}${chars.slice(from, start).join('')}`,
    keyword: chars.slice(start, end).join(''),
    right: `${chars.slice(end, to).join('')}${to < chars.length ? '…' : ''}`,
  };
}
