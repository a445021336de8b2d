/**
 * The alignment as TEI: each aligned segment is a `<seg type="aligned">` in the text (or an
 * anchored `<span>` where it would cross another element; the titles are the header's `<title>`s),
 * and each pair a `<link type="<status>">` in a `linkGrp type="alignment"`. A side of several
 * segments is first gathered by a `<join>`; a one-sided pair (`added`, `omitted`) is a `<ptr>`,
 * since a `<link>` needs two ends. Notes and the differences of partial pairs are the project's,
 * in a `listAnnotation`; the summary links are written by `alignment-summaries.ts`.
 */
import type { Block } from '../../../corpus/model/document';
import { checkSummaries, summaryMarks, summaryStandoff } from './alignment-summaries';
import { checkSpan, segMark, segmentPointer } from './alignment-segments';
import type { MarkSink } from './mark-sink';
import { ALIGNMENT_STATUSES } from './tei-inputs';
import type { AlignmentDifference, AlignmentInput, AlignmentSegment } from './tei-inputs';
import { TeiInputError } from './tei-input-error';
import type { XmlNode } from './xml';
import { PROJECT, emptyElement, escapeText, node, raw, startTag, textElement } from './xml';
import { alignmentJoinXmlId, alignmentLinkXmlId, pointer, segmentXmlId } from './xml-ids';

/** Checks the alignment against the document; throws a `TeiInputError` naming what is wrong. */
export function checkAlignment(alignment: AlignmentInput, blocks: Map<string, Block>): void {
  const ids = new Set<string>();
  for (const segment of alignment.segments) {
    const where = `alignment segment ${segment.id}`;
    if (ids.has(segment.id)) throw new TeiInputError(where, 'duplicate id');
    ids.add(segment.id);
    if (!('title' in segment)) checkSpan(where, segment, blocks);
  }
  const pairIds = new Set<string>();
  alignment.pairs.forEach((pair, index) => {
    const where = `alignment pair ${pair.id ?? index + 1}`;
    if (pair.id !== undefined) {
      if (pairIds.has(pair.id)) throw new TeiInputError(where, 'duplicate pair id');
      pairIds.add(pair.id);
    }
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
  checkSummaries(alignment.summaries ?? [], ids, blocks);
}

/** Marks every block segment and summarised passage of the alignment in the text. */
export function addAlignmentMarks(alignment: AlignmentInput, sink: MarkSink): void {
  for (const segment of alignment.segments) {
    if ('title' in segment) continue;
    sink.wrap(segment.blockId, segMark(segmentXmlId(segment.id), 'aligned', segment));
  }
  for (const { blockId, mark } of summaryMarks(alignment.summaries ?? [])) sink.wrap(blockId, mark);
}

const mentioned = (lang: string, text: string) =>
  textElement('mentioned', { 'xml:lang': lang }, text);

/** A difference as the content of a note: the words concerned, then the project's explanation. */
function differenceText(difference: AlignmentDifference): string {
  const words = [
    difference.zh === undefined ? '' : mentioned('zh-Hant', difference.zh),
    difference.en === undefined ? '' : mentioned('en', difference.en),
  ]
    .filter(Boolean)
    .join(' → ');
  return `${words}${words ? ': ' : ''}${escapeText(difference.explanation)}`;
}

/** The standOff children of the alignment: joins, the link groups, the notes. */
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
    const linkId = alignmentLinkXmlId(pair.id ?? index + 1);
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
    const noteAttrs = { target: pointer(linkId), resp: PROJECT, 'xml:lang': 'en' };
    for (const difference of pair.differences ?? []) {
      notes.push(
        raw(
          `${startTag('note', { type: 'difference', subtype: difference.kind, ...noteAttrs })}${differenceText(difference)}</note>`,
        ),
      );
    }
    if (pair.note)
      notes.push(raw(textElement('note', { type: 'alignment', ...noteAttrs }, pair.note)));
  });
  if (links.length === 0) return [];
  const summaries = summaryStandoff(alignment.summaries ?? [], segments);
  return [
    ...(joins.length > 0 ? [node('joinGrp', { type: 'alignment' }, joins)] : []),
    node('linkGrp', { type: 'alignment', resp: PROJECT }, links),
    ...summaries.links,
    ...(notes.length + summaries.notes.length > 0
      ? [node('listAnnotation', { type: 'alignment-notes' }, [...notes, ...summaries.notes])]
      : []),
  ];
}
