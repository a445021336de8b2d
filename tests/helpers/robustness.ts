/**
 * Judging re-anchoring on a perturbed document against the ground truth of text-alignment.ts.
 * An annotation's "image" is where its characters went. A placement is:
 * - exact: exactly the image (required when the quote and its stored context survived intact);
 * - close: most of the image, and at most a character or a fifth of the span from other text
 *   (the quote itself was edited, so its ends may move by a character);
 * - wrong: anything else — another passage, or a passage whose text was deleted.
 * An orphan is always acceptable, except for an annotation whose quote and context are intact.
 */
import { anchor } from '../../annotations/anchoring/anchor';
import { quoteContext } from '../../annotations/anchoring/anchor';
import type { AnchorResult } from '../../annotations/model/anchor';
import type { BlockSelectors } from '../../annotations/model/selectors';
import type { Document } from '../../corpus/model/document';
import { alignFlat, flatten } from './text-alignment';

export type Outcome = 'exact' | 'close' | 'orphan' | 'wrong';

export interface Judged {
  selectors: BlockSelectors;
  result: AnchorResult;
  outcome: Outcome;
  /** The quote and its stored context survived intact (so only `exact` is right). */
  intact: boolean;
  /** What was expected and what happened, for a failure message. */
  detail: string;
}

const SEPARATOR = '\u2029';

/** Anchors every annotation in `perturbed` and judges each placement. */
export function judgeReanchoring(
  original: Document,
  perturbed: Document,
  annotations: BlockSelectors[],
): Judged[] {
  const a = flatten(original);
  const b = flatten(perturbed);
  const map = alignFlat(a.chars, b.chars);
  const inverse = new Int32Array(b.chars.length).fill(-1);
  map.forEach((j, i) => {
    if (j >= 0) inverse[j] = i;
  });
  return annotations.map((selectors) => {
    const from = (a.starts.get(selectors.blockId) ?? 0) + selectors.position.start;
    const to = (a.starts.get(selectors.blockId) ?? 0) + selectors.position.end;
    const image: number[] = [];
    for (let i = from; i < to; i++) if ((map[i] ?? -1) >= 0) image.push(map[i] ?? -1);
    const intact = isIntact(selectors, from, to, map, a.chars, b.chars);
    const result = anchor(perturbed, selectors);
    const wanted = image.length === 0 ? 'deleted' : `[${image[0]}…${image[image.length - 1]}]`;
    if (result.status === 'orphan') {
      return {
        selectors,
        result,
        intact,
        outcome: 'orphan',
        detail: `orphan (${result.reason}); image ${wanted}`,
      };
    }
    const start = (b.starts.get(result.blockId) ?? 0) + result.start;
    const end = (b.starts.get(result.blockId) ?? 0) + result.end;
    const placed = `${result.strategy} at ${result.blockId} [${result.start}, ${result.end}) = flat [${start}, ${end}), score ${result.score}`;
    const detail = `${placed}; image ${wanted}`;
    const contiguous =
      image.length === to - from && image.every((j, k) => k === 0 || j === (image[k - 1] ?? 0) + 1);
    if (contiguous && start === image[0] && end === (image[image.length - 1] ?? 0) + 1) {
      return { selectors, result, intact, outcome: 'exact', detail };
    }
    const mine = new Set(image);
    let inImage = 0;
    let foreign = 0;
    for (let j = start; j < end; j++) {
      if (mine.has(j)) inImage++;
      else if ((inverse[j] ?? -1) >= 0) foreign++;
    }
    const close =
      image.length > 0 && inImage * 2 >= image.length && foreign <= Math.max(1, (end - start) / 5);
    return { selectors, result, intact, outcome: close ? 'close' : 'wrong', detail };
  });
}

/** True when the quote and its stored context map, character for character, onto the same text. */
function isIntact(
  selectors: BlockSelectors,
  from: number,
  to: number,
  map: Int32Array,
  a: string[],
  b: string[],
): boolean {
  const context = quoteContext(selectors);
  const before = Array.from(context.prefix).length;
  const after = Array.from(context.suffix).length;
  const first = map[from - before] ?? -1;
  if (first < 0) return false;
  for (let i = from - before; i < to + after; i++) {
    if (map[i] !== first + (i - (from - before)) || a[i] !== b[map[i] ?? -1]) return false;
  }
  // An edge the context reached must still be an edge.
  if (context.prefixReachesStart && first > 0 && b[first - 1] !== SEPARATOR) return false;
  const last = first + (to + after - (from - before));
  if (context.suffixReachesEnd && b[last] !== SEPARATOR) return false;
  return true;
}
