/** Aligned spans of a block in the text: checked against the block, written as `<seg>`s. */
import type { Block } from '../../../corpus/model/document';
import { codePointLength } from '../../../corpus/text/code-points';
import type { WrapMark } from './inline-marks';
import { anchoredSpan } from './mark-sink';
import { TeiInputError } from './tei-input-error';
import { startTag } from './xml';
import type { AlignmentSegment } from './tei-inputs';
import { pointer, segmentXmlId, titleXmlId } from './xml-ids';

type BlockSpan = { blockId: string; start: number; end: number };

/** Throws a `TeiInputError` naming `where` unless the span lies in an existing block. */
export function checkSpan(where: string, span: BlockSpan, blocks: Map<string, Block>): void {
  const block = blocks.get(span.blockId);
  if (!block) throw new TeiInputError(where, `no block "${span.blockId}"`);
  const length = codePointLength(block.text);
  if (!(span.start >= 0 && span.start < span.end && span.end <= length)) {
    throw new TeiInputError(
      where,
      `[${span.start}, ${span.end}) is outside ${span.blockId} (0–${length})`,
    );
  }
}

/** A `<seg type>` over the span; where it would cross another element, anchors and a `<span>`. */
export function segMark(xmlId: string, type: string, span: BlockSpan): WrapMark {
  return {
    kind: 'aligned-segment',
    start: span.start,
    end: span.end,
    open: startTag('seg', { 'xml:id': xmlId, type }),
    close: '</seg>',
    priority: 8,
    nesting: 8,
    ifRejected: anchoredSpan('aligned-segment', xmlId, span.start, span.end, { type }),
  };
}

/** `#id` of a segment: its `<seg>` in the text, or the header's `<title>` for a title. */
export const segmentPointer = (segment: AlignmentSegment) =>
  pointer('title' in segment ? titleXmlId(segment.title) : segmentXmlId(segment.id));
