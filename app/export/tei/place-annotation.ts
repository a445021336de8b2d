/**
 * Places an annotation in its block: the position is accepted only if the text there equals the
 * quote; otherwise the quote is looked up with its context. There is no fuzzy match here: what
 * cannot be placed exactly is an orphan, reported and listed in the export, never moved.
 */
import type { Block } from '../../../corpus/model/document';
import {
  codePointLength,
  sliceCodePoints,
  utf16ToCodePoint,
} from '../../../corpus/text/code-points';
import type { BlockSelectors } from '../../../annotations/model/selectors';

export type Placement =
  { ok: true; block: Block; start: number; end: number } | { ok: false; reason: string };

/** Where `target` lies in the document's blocks, or why it cannot be placed. */
export function placeTarget(blocks: Map<string, Block>, target: BlockSelectors): Placement {
  const block = blocks.get(target.blockId);
  if (!block) return { ok: false, reason: `no block "${target.blockId}"` };
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (start >= 0 && end > start && sliceCodePoints(block.text, start, end) === exact) {
    return { ok: true, block, start, end };
  }
  const candidates: number[] = [];
  for (let i = block.text.indexOf(exact); i >= 0 && exact; i = block.text.indexOf(exact, i + 1)) {
    candidates.push(i);
  }
  const inContext = candidates.filter(
    (i) =>
      block.text.slice(0, i).endsWith(prefix) &&
      block.text.slice(i + exact.length).startsWith(suffix),
  );
  const chosen = inContext.length === 1 ? inContext : candidates.length === 1 ? candidates : [];
  if (chosen.length === 1) {
    const at = utf16ToCodePoint(block.text, chosen[0] as number);
    return { ok: true, block, start: at, end: at + codePointLength(exact) };
  }
  return {
    ok: false,
    reason:
      candidates.length === 0
        ? `the quote 「${exact}」 is not in ${block.id}`
        : `the quote 「${exact}」 occurs ${candidates.length} times in ${block.id} and its context does not decide`,
  };
}
