/**
 * The annotations of one layer where the shared anchoring placed them. An orphan is recorded in
 * the sink (listed in the export, never dropped); an annotation placed only by quote or fuzzy
 * match is written where it was found and reported, since its stored selectors are stale.
 */
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { Layer, TriglotAnnotation } from '../../../annotations/model/annotation';
import type { Block } from '../../../corpus/model/document';
import type { MarkSink } from './mark-sink';

export type Placed<A extends TriglotAnnotation> = {
  annotation: A;
  block: Block;
  start: number;
  end: number;
};

type OfLayer<L extends Layer> = Extract<TriglotAnnotation, { layer: L }>;

/** The placed annotations of `layer`, in the given order. */
export function placeLayer<L extends Layer>(
  layer: L,
  annotations: LoadedAnnotation[],
  blocks: Map<string, Block>,
  sink: MarkSink,
): Placed<OfLayer<L>>[] {
  const placed: Placed<OfLayer<L>>[] = [];
  for (const { annotation, anchor } of annotations) {
    if (annotation.layer !== layer) continue;
    const block = anchor.status === 'anchored' ? blocks.get(anchor.blockId) : undefined;
    if (anchor.status === 'orphan' || !block) {
      const reason = anchor.status === 'orphan' ? anchor.reason : `no block "${anchor.blockId}"`;
      sink.orphans.push({
        annotationId: annotation.id,
        blockId: annotation.target.blockId,
        exact: annotation.target.quote.exact,
        reason,
      });
      sink.problem(annotation.id, `orphan: ${reason}`);
      continue;
    }
    if (anchor.strategy !== 'position') {
      sink.problem(
        annotation.id,
        `placed by ${anchor.strategy} match at ${anchor.blockId} [${anchor.start}, ${anchor.end}): its stored position is stale (run validate)`,
      );
    }
    placed.push({
      annotation: annotation as OfLayer<L>,
      block,
      start: anchor.start,
      end: anchor.end,
    });
  }
  return placed;
}
