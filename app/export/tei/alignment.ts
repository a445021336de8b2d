/**
 * The alignment as TEI: each aligned segment is a `<seg type="aligned">` in the text (or an
 * anchored `<span>` where it would cross another element; the titles are the header's `<title>`s),
 * and each pair a `<link type="<status>">` in a `linkGrp type="alignment"`. A side of several
 * segments is first gathered by a `<join>`; a one-sided pair (`added`, `omitted`) is a `<ptr>`,
 * since a `<link>` needs two ends. Notes are the project's, in a `listAnnotation`.
 */
import type { Block } from '../../../corpus/model/document';
import { codePointLength } from '../../../corpus/text/code-points';
import type { MarkSink } from './mark-sink';
import { anchorPair } from './mark-sink';
import { ALIGNMENT_STATUSES } from './tei-inputs';
import type { AlignmentInput, AlignmentSegment } from './tei-inputs';
import { TeiInputError } from './tei-input-error';
import type { XmlNode } from './xml';
import { PROJECT, emptyElement, node, raw, startTag, textElement } from './xml';
import {
  alignmentJoinXmlId,
  alignmentLinkXmlId,
  endAnchorId,
  pointer,
  segmentXmlId,
  startAnchorId,
  titleXmlId,
} from './xml-ids';

/** Checks the alignment against the document; throws a `TeiInputError` naming what is wrong. */
export function checkAlignment(alignment: AlignmentInput, blocks: Map<string, Block>): void {
  const ids = new Set<string>();
  for (const segment of alignment.segments) {
    if (ids.has(segment.id))
      throw new TeiInputError(`alignment segment ${segment.id}`, 'duplicate id');
    ids.add(segment.id);
    if ('title' in segment) continue;
    const block = blocks.get(segment.blockId);
    if (!block)
      throw new TeiInputError(`alignment segment ${segment.id}`, `no block "${segment.blockId}"`);
    const length = codePointLength(block.text);
    if (!(segment.start >= 0 && segment.start < segment.end && segment.end <= length)) {
      throw new TeiInputError(
        `alignment segment ${segment.id}`,
        `[${segment.start}, ${segment.end}) is outside ${segment.blockId} (0–${length})`,
      );
    }
  }
  alignment.pairs.forEach((pair, index) => {
    const where = `alignment pair ${index + 1}`;
    if (!(ALIGNMENT_STATUSES as readonly string[]).includes(pair.status)) {
      throw new TeiInputError(
        where,
        `status "${pair.status}" is not one of ${ALIGNMENT_STATUSES.join(', ')}`,
      );
    }
    if (pair.zh.length + pair.en.length === 0)
      throw new TeiInputError(where, 'both sides are empty');
    for (const id of [...pair.zh, ...pair.en]) {
      if (!ids.has(id)) throw new TeiInputError(where, `unknown segment "${id}"`);
    }
  });
}

/** Marks every block segment of the alignment as a `<seg>` (or anchors and a standOff span). */
export function addAlignmentMarks(alignment: AlignmentInput, sink: MarkSink): void {
  for (const segment of alignment.segments) {
    if ('title' in segment) continue;
    const xmlId = segmentXmlId(segment.id);
    sink.wrap(segment.blockId, {
      kind: 'aligned-segment',
      start: segment.start,
      end: segment.end,
      open: startTag('seg', { 'xml:id': xmlId, type: 'aligned' }),
      close: '</seg>',
      priority: 8,
      nesting: 8,
      ifRejected: {
        milestones: anchorPair(xmlId, segment.start, segment.end),
        standoff: {
          group: 'aligned-segment',
          xml: emptyElement('span', {
            'xml:id': xmlId,
            from: pointer(startAnchorId(xmlId)),
            to: pointer(endAnchorId(xmlId)),
          }),
        },
      },
    });
  }
}

const segmentPointer = (segment: AlignmentSegment) =>
  pointer('title' in segment ? titleXmlId(segment.title) : segmentXmlId(segment.id));

/** The standOff children of the alignment: joins, the link group, the notes. */
export function alignmentStandoff(alignment: AlignmentInput): XmlNode[] {
  const segments = new Map(alignment.segments.map((s) => [s.id, s]));
  const joins: XmlNode[] = [];
  const links: XmlNode[] = [];
  const notes: XmlNode[] = [];
  const side = (ids: string[]): string => {
    const targets = ids.map((id) => segmentPointer(segments.get(id) as AlignmentSegment));
    if (targets.length === 1) return targets[0] as string;
    const joinId = alignmentJoinXmlId(joins.length + 1);
    joins.push(
      raw(emptyElement('join', { 'xml:id': joinId, target: targets.join(' '), result: 'seg' })),
    );
    return pointer(joinId);
  };
  alignment.pairs.forEach((pair, index) => {
    const linkId = alignmentLinkXmlId(index + 1);
    const ends = [pair.zh, pair.en].filter((ids) => ids.length > 0);
    if (ends.length === 2) {
      const target = `${side(pair.zh)} ${side(pair.en)}`;
      links.push(raw(emptyElement('link', { 'xml:id': linkId, type: pair.status, target })));
    } else {
      const ids = ends[0] as string[];
      const target = ids
        .map((id) => segmentPointer(segments.get(id) as AlignmentSegment))
        .join(' ');
      links.push(raw(emptyElement('ptr', { 'xml:id': linkId, type: pair.status, target })));
    }
    if (pair.note) {
      notes.push(
        raw(
          textElement(
            'note',
            { type: 'alignment', target: pointer(linkId), resp: PROJECT, 'xml:lang': 'en' },
            pair.note,
          ),
        ),
      );
    }
  });
  if (links.length === 0) return [];
  return [
    ...(joins.length > 0 ? [node('joinGrp', { type: 'alignment' }, joins)] : []),
    node('linkGrp', { type: 'alignment', resp: PROJECT }, links),
    ...(notes.length > 0 ? [node('listAnnotation', { type: 'alignment-notes' }, notes)] : []),
  ];
}
