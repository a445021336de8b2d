/**
 * Claims and evidence. Their passages overlap each other and cross paragraphs' inline elements,
 * so they are never inline: anchors mark each passage in the text, and a `<standOff>` lists them
 * as `<span from to>` (the project's paraphrase or note as content) plus a `linkGrp type="support"`
 * from each piece of evidence to the claims it supports.
 */
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { Block } from '../../../corpus/model/document';
import type { MarkSink } from './mark-sink';
import { anchorPair } from './mark-sink';
import { placeLayer } from './place-layer';
import type { XmlNode } from './xml';
import { PROJECT, emptyElement, escapeText, node, raw, startTag } from './xml';
import { annotationXmlId, endAnchorId, pointer, startAnchorId } from './xml-ids';

const spanXml = (
  xmlId: string,
  type: string,
  subtype: string,
  text: string | undefined,
): string => {
  const attrs = {
    'xml:id': xmlId,
    type,
    subtype,
    from: pointer(startAnchorId(xmlId)),
    to: pointer(endAnchorId(xmlId)),
    resp: PROJECT,
    'xml:lang': text ? 'en' : undefined,
  };
  return text
    ? `${startTag('span', attrs)}${escapeText(text, xmlId)}</span>`
    : emptyElement('span', attrs);
};

/** Anchors the placed claims and evidence in the text; returns the standOff groups. */
export function addArgumentMarks(
  blocks: Map<string, Block>,
  annotations: LoadedAnnotation[],
  sink: MarkSink,
): XmlNode[] {
  const placedClaims = placeLayer('claim', annotations, blocks, sink);
  const placedEvidence = placeLayer('evidence', annotations, blocks, sink);
  const claimIds = new Set(placedClaims.map((p) => p.annotation.id));
  const groups: XmlNode[] = [];
  for (const { annotation, block, start, end } of [...placedClaims, ...placedEvidence]) {
    for (const milestone of anchorPair(annotationXmlId(annotation.id), start, end)) {
      sink.milestone(block.id, milestone);
    }
  }
  const spanGroup = (type: string, spans: string[]) => {
    if (spans.length > 0) groups.push(node('spanGrp', { type }, spans.map(raw)));
  };
  spanGroup(
    'claim',
    placedClaims.map(({ annotation: a }) =>
      spanXml(annotationXmlId(a.id), 'claim', a.role, a.paraphrase),
    ),
  );
  spanGroup(
    'evidence',
    placedEvidence.map(({ annotation: a }) =>
      spanXml(annotationXmlId(a.id), 'evidence', a.evidenceType, a.note),
    ),
  );
  const links: XmlNode[] = [];
  for (const { annotation } of placedEvidence) {
    for (const claimId of annotation.supports) {
      if (!claimIds.has(claimId)) {
        sink.problem(annotation.id, `supports "${claimId}", which is not a placed claim`);
        continue;
      }
      const target = `${pointer(annotationXmlId(annotation.id))} ${pointer(annotationXmlId(claimId))}`;
      links.push(raw(emptyElement('link', { type: 'supports', target })));
    }
  }
  if (links.length > 0) groups.push(node('linkGrp', { type: 'support', resp: PROJECT }, links));
  return groups;
}
