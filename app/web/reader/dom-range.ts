/**
 * The DOM edge of anchoring: a browser Selection → (block id, code-point range) in the block's text.
 * Text spans carry `data-start` (their code-point offset in the block), so the conversion only
 * counts code points inside one span; UTF-16 never leaks into the model.
 */
import { utf16ToCodePoint } from '../../../corpus/text/code-points';

export interface BlockRange {
  blockId: string;
  start: number;
  end: number;
}

/** The code-point offset in its block of a DOM point (node, UTF-16 offset), or null outside text. */
function pointOffset(node: Node, offset: number): { blockId: string; at: number } | null {
  const span = (
    node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  )?.closest<HTMLElement>('[data-start]');
  const block = span?.closest<HTMLElement>('.block[id]');
  if (!span || !block) return null;
  const base = Number(span.dataset.start);
  const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
  return {
    blockId: block.id,
    at: base + (node.nodeType === Node.TEXT_NODE ? utf16ToCodePoint(text, offset) : 0),
  };
}

/** The selected range, if it lies within one block of the reading pane. */
export function selectionToBlockRange(selection: Selection | null): BlockRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const from = pointOffset(range.startContainer, range.startOffset);
  const to = pointOffset(range.endContainer, range.endOffset);
  if (!from || !to || from.blockId !== to.blockId || from.at >= to.at) return null;
  return { blockId: from.blockId, start: from.at, end: to.at };
}
