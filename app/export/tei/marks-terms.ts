/** The `term` layer inline: `<term ref="#gloss.…">`, or an anchored `<span>` where it cannot nest. */
import type { TermAnnotation } from '../../../annotations/model/annotation';
import type { Block } from '../../../corpus/model/document';
import type { MarkSink } from './mark-sink';
import { anchorPair } from './mark-sink';
import { placeLayer } from './place-layer';
import type { GlossaryTerm } from './tei-inputs';
import { emptyElement, startTag } from './xml';
import { annotationXmlId, endAnchorId, glossaryXmlId, pointer, startAnchorId } from './xml-ids';

export const TERM_PRIORITY = 20;

/** Adds a mark for every placed term annotation; unknown glossary entries are problems. */
export function addTermMarks(
  blocks: Map<string, Block>,
  annotations: TermAnnotation[],
  glossary: GlossaryTerm[] | null,
  sink: MarkSink,
): void {
  const known = new Set((glossary ?? []).map((t) => t.id));
  for (const { annotation, block, start, end } of placeLayer(blocks, annotations, sink)) {
    const xmlId = annotationXmlId(annotation.id);
    const linked = known.has(annotation.termId);
    if (!linked) sink.problem(annotation.id, `no glossary entry "${annotation.termId}"`);
    const ref = linked ? pointer(glossaryXmlId(annotation.termId)) : undefined;
    sink.wrap(block.id, {
      kind: 'term',
      start,
      end,
      open: startTag('term', { 'xml:id': xmlId, ref }),
      close: '</term>',
      priority: TERM_PRIORITY,
      nesting: 50,
      ifRejected: {
        milestones: anchorPair(xmlId, start, end),
        standoff: {
          group: 'term',
          xml: emptyElement('span', {
            'xml:id': xmlId,
            from: pointer(startAnchorId(xmlId)),
            to: pointer(endAnchorId(xmlId)),
            ana: ref,
          }),
        },
      },
    });
  }
}
