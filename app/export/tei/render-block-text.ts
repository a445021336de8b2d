/** Writes a block's text (whole, or as the pieces of a table or figure) with all its marks. */
import type { Block, Span } from '../../../corpus/model/document';
import type { Milestone } from './inline-marks';
import type { MarkSink } from './mark-sink';
import { nestMarks, renderRange } from './render-inline';

/**
 * The XML of each piece of `block` (code-point ranges in reading order; the whole text when
 * omitted). A mark that would cross another mark or leave its piece goes to its fallback. A
 * milestone between pieces is written at the start of the next piece.
 */
export function renderBlockText(block: Block, sink: MarkSink, pieces?: Span[]): string[] {
  const chars = Array.from(block.text);
  const ranges = pieces ?? [{ start: 0, end: chars.length }];
  const { wraps, milestones } = sink.marksOf(block.id);
  const fits = (mark: Span) => ranges.some((r) => r.start <= mark.start && mark.end <= r.end);
  const { accepted, rejected } = nestMarks(wraps.filter(fits));
  const stones: Milestone[] = [...milestones];
  for (const mark of accepted) {
    sink.count('inline', mark.kind);
    stones.push(...(mark.ifAccepted ?? []));
  }
  for (const mark of [...rejected, ...wraps.filter((mark) => !fits(mark))]) {
    if (mark.ifRejected === null) {
      sink.count('dropped', mark.kind);
      continue;
    }
    sink.count('standoff', mark.kind);
    stones.push(...mark.ifRejected.milestones);
    if (mark.ifRejected.standoff) sink.standoffSpans.push(mark.ifRejected.standoff);
  }
  return ranges.map((range, index) => {
    const mine = stones
      .filter((stone) => pieceOf(ranges, stone.offset) === index)
      .map((stone) => ({
        ...stone,
        offset: Math.min(Math.max(stone.offset, range.start), range.end),
      }));
    const marks = accepted.filter((m) => range.start <= m.start && m.end <= range.end);
    return renderRange(chars, range.start, range.end, marks, mine, block.id);
  });
}

/** The piece a milestone at `offset` belongs to: the first that ends after it, else the last. */
function pieceOf(ranges: Span[], offset: number): number {
  const index = ranges.findIndex((range) => range.end > offset);
  return index < 0 ? ranges.length - 1 : index;
}
