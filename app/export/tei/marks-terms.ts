/** The `term` layer inline: `<term ref="#gloss.…">`, or an anchored `<span>` where it cannot nest. */
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { GlossaryTerm } from '../../../annotations/model/glossary';
import type { Block } from '../../../corpus/model/document';
import type { MarkSink } from './mark-sink';
import { anchoredSpan } from './mark-sink';
import { placeLayer } from './place-layer';
import { startTag } from './xml';
import { annotationXmlId, glossaryXmlId, pointer } from './xml-ids';

export const TERM_PRIORITY = 20;

/** Adds a mark for every placed term annotation; unknown glossary entries are problems. */
export function addTermMarks(
  blocks: Map<string, Block>,
  annotations: LoadedAnnotation[],
  glossary: GlossaryTerm[] | null,
  sink: MarkSink,
): void {
  const known = new Set((glossary ?? []).map((t) => t.id));
  for (const { annotation, block, start, end } of placeLayer('term', annotations, blocks, sink)) {
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
      ifRejected: anchoredSpan('term', xmlId, start, end, { ana: ref }),
    });
  }
}
