/** Places every annotation of a layer; the ones that cannot be placed become orphans. */
import type { TriglotAnnotation } from '../../../annotations/model/annotation';
import type { Block } from '../../../corpus/model/document';
import type { MarkSink } from './mark-sink';
import { placeTarget } from './place-annotation';

export type Placed<A extends TriglotAnnotation> = {
  annotation: A;
  block: Block;
  start: number;
  end: number;
};

/** The annotations that have a place, in the given order; orphans are recorded in the sink. */
export function placeLayer<A extends TriglotAnnotation>(
  blocks: Map<string, Block>,
  annotations: A[],
  sink: MarkSink,
): Placed<A>[] {
  const placed: Placed<A>[] = [];
  for (const annotation of annotations) {
    const where = placeTarget(blocks, annotation.target);
    if (where.ok) {
      placed.push({ annotation, block: where.block, start: where.start, end: where.end });
    } else {
      sink.orphans.push({
        annotationId: annotation.id,
        blockId: annotation.target.blockId,
        exact: annotation.target.quote.exact,
        reason: where.reason,
      });
      sink.problem(annotation.id, `orphan: ${where.reason}`);
    }
  }
  return placed;
}
