/** Collects the marks of every block, the standOff spans of marks that could not nest, and problems. */
import type { BlockMarks, Milestone, StandoffSpan, WrapMark } from './inline-marks';
import type { Attributes } from './xml';
import { MILESTONE_ORDER } from './inline-marks';
import type { TeiProblem } from './tei-inputs';
import { emptyElement } from './xml';
import { endAnchorId, pointer, startAnchorId } from './xml-ids';

export class MarkSink {
  private readonly byBlock = new Map<string, BlockMarks>();
  readonly standoffSpans: StandoffSpan[] = [];
  readonly problems: TeiProblem[] = [];
  /** Annotations that could not be placed: listed in the export, never dropped. */
  readonly orphans: { annotationId: string; blockId: string; exact: string; reason: string }[] = [];
  /** Marks written inline and marks that went to their fallback or were dropped, by kind. */
  readonly counts = {
    inline: new Map<string, number>(),
    standoff: new Map<string, number>(),
    dropped: new Map<string, number>(),
  };

  /** The marks of a block (created empty on first use). */
  marksOf(blockId: string): BlockMarks {
    let marks = this.byBlock.get(blockId);
    if (!marks) {
      marks = { wraps: [], milestones: [] };
      this.byBlock.set(blockId, marks);
    }
    return marks;
  }

  wrap(blockId: string, mark: WrapMark): void {
    this.marksOf(blockId).wraps.push(mark);
  }

  milestone(blockId: string, milestone: Milestone): void {
    this.marksOf(blockId).milestones.push(milestone);
  }

  problem(where: string, message: string): void {
    this.problems.push({ where, message });
  }

  count(which: 'inline' | 'standoff' | 'dropped', kind: string): void {
    const map = this.counts[which];
    map.set(kind, (map.get(kind) ?? 0) + 1);
  }
}

/** The `<anchor/>`s that mark [start, end) for a standOff `<span from to>`. */
export function anchorPair(stem: string, start: number, end: number): Milestone[] {
  return [
    {
      offset: start,
      order: MILESTONE_ORDER.startAnchor,
      xml: emptyElement('anchor', { 'xml:id': startAnchorId(stem) }),
    },
    {
      offset: end,
      order: MILESTONE_ORDER.endAnchor,
      xml: emptyElement('anchor', { 'xml:id': endAnchorId(stem) }),
    },
  ];
}

/**
 * The fallback of an inline element that cannot nest: anchors at both ends in the text and a
 * `<span from to>` (with `attrs`) in the standOff group `group`, so the element is never lost.
 */
export function anchoredSpan(
  group: string,
  xmlId: string,
  start: number,
  end: number,
  attrs: Attributes = {},
): NonNullable<WrapMark['ifRejected']> {
  return {
    milestones: anchorPair(xmlId, start, end),
    standoff: {
      group,
      xml: emptyElement('span', {
        'xml:id': xmlId,
        from: pointer(startAnchorId(xmlId)),
        to: pointer(endAnchorId(xmlId)),
        ...attrs,
      }),
    },
  };
}
