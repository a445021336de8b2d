/** `describe`: the redundant selectors (block, quote with context, position) for a span of a block. */
import { codePointLength, sliceCodePoints } from '../../corpus/text/code-points';
import type { BlockSelectors } from '../model/selectors';
import { firstGraphemes, lastGraphemes } from './graphemes';

/** Context kept each side of a quote, in grapheme clusters (stacked Vietnamese marks count once). */
export const CONTEXT_GRAPHEMES = 32;

/** Selectors for [start, end) (code points) of `block.text`; throws on a range outside the text. */
export function describe(
  block: { id: string; text: string },
  start: number,
  end: number,
): BlockSelectors {
  const length = codePointLength(block.text);
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > length ||
    start >= end
  ) {
    throw new RangeError(`describe(${block.id}, ${start}, ${end}): outside the text (0–${length})`);
  }
  const before = sliceCodePoints(block.text, 0, start);
  const after = sliceCodePoints(block.text, end);
  return {
    blockId: block.id,
    quote: {
      type: 'TextQuoteSelector',
      exact: sliceCodePoints(block.text, start, end),
      prefix: lastGraphemes(before, CONTEXT_GRAPHEMES),
      suffix: firstGraphemes(after, CONTEXT_GRAPHEMES),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
