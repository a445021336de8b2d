/** Writes a range of a block's text with its wrapping marks and milestones, always well-formed. */
import { escapeText } from './xml';
import { crosses, openingOrder, separatesFromParent } from './inline-marks';
import type { Milestone, WrapMark } from './inline-marks';

/**
 * Splits marks into those that nest (by priority) and those that cannot: a mark that would cross
 * an accepted one, or come between an accepted dependent mark and its parent (TEI allows
 * `<author>` only directly in `<bibl>`), or whose parent was not accepted.
 */
export function nestMarks(marks: WrapMark[]): { accepted: WrapMark[]; rejected: WrapMark[] } {
  const accepted: WrapMark[] = [];
  const rejected: WrapMark[] = [];
  const byPriority = [...marks].sort((a, b) => a.priority - b.priority || a.start - b.start);
  for (const mark of byPriority) {
    const parentLost = mark.dependsOn !== undefined && !accepted.includes(mark.dependsOn);
    if (
      parentLost ||
      mark.start >= mark.end ||
      accepted.some((other) => crosses(mark, other)) ||
      separatesFromParent(mark, accepted)
    ) {
      rejected.push(mark);
    } else {
      accepted.push(mark);
    }
  }
  return { accepted, rejected };
}

/**
 * The XML for code points [from, to) of `chars`: at each offset, marks ending there close, then
 * the milestones there are written, then marks starting there open. `marks` must nest (see
 * `nestMarks`) and lie inside the range; milestones must lie in [from, to].
 */
export function renderRange(
  chars: string[],
  from: number,
  to: number,
  marks: WrapMark[],
  milestones: Milestone[],
  where: string,
): string {
  const opening = [...marks].sort(openingOrder);
  const stones = [...milestones].sort((a, b) => a.offset - b.offset || a.order - b.order);
  const stack: WrapMark[] = [];
  let out = '';
  let nextMark = 0;
  let nextStone = 0;
  let run = '';
  const flush = () => {
    if (run) out += escapeText(run, where);
    run = '';
  };
  for (let offset = from; offset <= to; offset++) {
    const closing = stack.length > 0 && (stack[stack.length - 1] as WrapMark).end === offset;
    const stoneHere = (stones[nextStone]?.offset ?? Infinity) === offset;
    const openingHere = (opening[nextMark]?.start ?? Infinity) === offset;
    if (closing || stoneHere || openingHere) flush();
    while (stack.length > 0 && (stack[stack.length - 1] as WrapMark).end === offset) {
      out += (stack.pop() as WrapMark).close;
    }
    while ((stones[nextStone]?.offset ?? Infinity) === offset) {
      out += (stones[nextStone++] as Milestone).xml;
    }
    while ((opening[nextMark]?.start ?? Infinity) === offset) {
      const mark = opening[nextMark++] as WrapMark;
      out += mark.open;
      stack.push(mark);
    }
    if (offset < to) run += chars[offset] ?? '';
  }
  flush();
  if (stack.length > 0 || nextMark < opening.length || nextStone < stones.length) {
    throw new Error(`${where}: marks or milestones outside [${from}, ${to}) or not nested`);
  }
  return out;
}
