/**
 * Strict anchoring check for curated layers: the position must hold the quoted text, and the stored
 * context must be what `describe` gives there now. When the position is wrong the quote is looked
 * up, so the problem can say whether the text moved or is gone (an orphan).
 */
import type { Block } from '../../corpus/model/document';
import { utf16ToCodePoint } from '../../corpus/text/code-points';
import type { CodedProblem } from '../../corpus/validate/coded-problem';
import { describe } from '../anchoring/describe';
import type { BlockSelectors } from '../model/selectors';

/** Problems placing `target` in its block ([] when it anchors exactly). */
export function checkAnchor(
  target: BlockSelectors,
  blocks: Map<string, Block>,
  where: string,
): CodedProblem[] {
  const block = blocks.get(target.blockId);
  if (!block) return [{ where, code: 'unknown-block', message: `no block "${target.blockId}"` }];
  const { start, end } = target.position;
  let here: BlockSelectors | null = null;
  try {
    here = describe(block, start, end);
  } catch {
    // Out of range: fall through to the quote search below.
  }
  if (here && here.quote.exact === target.quote.exact) {
    if (here.quote.prefix !== target.quote.prefix || here.quote.suffix !== target.quote.suffix)
      return [
        {
          where,
          code: 'stale-context',
          message: `the prefix or suffix of 「${target.quote.exact}」 no longer matches ${block.id} at ${start}`,
        },
      ];
    return [];
  }
  const whole = `${target.quote.prefix}${target.quote.exact}${target.quote.suffix}`;
  const index = block.text.indexOf(whole);
  if (index >= 0) {
    const at = utf16ToCodePoint(block.text, index + target.quote.prefix.length);
    return [
      {
        where,
        code: 'anchor-moved',
        message: `「${target.quote.exact}」 is at ${at} in ${block.id}, not at ${start}`,
      },
    ];
  }
  return [
    {
      where,
      code: 'orphan',
      message: `「${target.quote.exact}」 is not in ${block.id} at ${start}–${end} nor with its context elsewhere`,
    },
  ];
}
