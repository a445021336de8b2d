/**
 * The summary links of the alignment: each English abstract sentence → the body passages it
 * summarises, as `<link type="summarises" target="#sentence #passage">` in a `linkGrp
 * type="summary"` (one link per passage). A whole block is pointed at by its own `xml:id`; a span
 * of a block becomes a `<seg type="summarised">` in the text. Links and notes are the project's.
 */
import type { Block } from '../../../corpus/model/document';
import { checkSpan, segMark, segmentPointer } from './alignment-segments';
import type { WrapMark } from './inline-marks';
import type { AlignmentSegment, SummaryLink, SummaryPassage } from './tei-inputs';
import { TeiInputError } from './tei-input-error';
import type { XmlNode } from './xml';
import { PROJECT, emptyElement, node, raw, textElement } from './xml';
import { blockXmlId, pointer, summaryLinkXmlId, summaryPassageXmlId } from './xml-ids';

const isSpan = (
  passage: SummaryPassage,
): passage is { blockId: string; start: number; end: number } => 'start' in passage;

/** Throws a `TeiInputError` for a link from an unknown sentence or to a passage not in the text. */
export function checkSummaries(
  summaries: SummaryLink[],
  segmentIds: Set<string>,
  blocks: Map<string, Block>,
): void {
  for (const link of summaries) {
    const where = `alignment summary link ${link.en}`;
    if (!segmentIds.has(link.en)) throw new TeiInputError(where, `unknown segment "${link.en}"`);
    if (link.passages.length === 0) throw new TeiInputError(where, 'no passage');
    link.passages.forEach((passage, index) => {
      const at = `${where}, passage ${index + 1}`;
      if (isSpan(passage)) checkSpan(at, passage, blocks);
      else if (!blocks.has(passage.blockId))
        throw new TeiInputError(at, `no block "${passage.blockId}"`);
    });
  }
}

/** The `<seg type="summarised">` of every passage that is a span of a block. */
export function summaryMarks(summaries: SummaryLink[]): { blockId: string; mark: WrapMark }[] {
  return summaries.flatMap((link) =>
    link.passages.flatMap((passage, index) =>
      isSpan(passage)
        ? [
            {
              blockId: passage.blockId,
              mark: segMark(summaryPassageXmlId(link.en, index + 1), 'summarised', passage),
            },
          ]
        : [],
    ),
  );
}

/** The summary link group and the notes on summary links. */
export function summaryStandoff(
  summaries: SummaryLink[],
  segments: Map<string, AlignmentSegment>,
): { links: XmlNode[]; notes: XmlNode[] } {
  const links: XmlNode[] = [];
  const notes: XmlNode[] = [];
  for (const link of summaries) {
    const sentence = segmentPointer(segments.get(link.en) ?? { id: link.en, title: 'en' });
    const ids = link.passages.map((passage, index) => {
      const id = summaryLinkXmlId(link.en, index + 1);
      const to = isSpan(passage)
        ? summaryPassageXmlId(link.en, index + 1)
        : blockXmlId(passage.blockId);
      links.push(
        raw(
          emptyElement('link', {
            'xml:id': id,
            type: 'summarises',
            target: `${sentence} ${pointer(to)}`,
          }),
        ),
      );
      return pointer(id);
    });
    if (link.note) {
      notes.push(
        raw(
          textElement(
            'note',
            { type: 'summary', target: ids.join(' '), resp: PROJECT, 'xml:lang': 'en' },
            link.note,
          ),
        ),
      );
    }
  }
  return {
    links: links.length > 0 ? [node('linkGrp', { type: 'summary', resp: PROJECT }, links)] : [],
    notes,
  };
}
