/**
 * Builds the `vietnamese` layer from the Vietnamese items: one annotation per occurrence of a form
 * (corpus/vietnamese/find-occurrences.ts), linked to its item. `scripts/build-vietnamese-layer.ts`
 * writes it to `annotations/<doc>/vietnamese.jsonld`; `validate` checks the stored file against it.
 */
import type { Document } from '../../corpus/model/document';
import { findOccurrences } from '../../corpus/vietnamese/find-occurrences';
import type { VietnameseItems } from '../../corpus/vietnamese/item-types';
import { describe } from '../anchoring/describe';
import type { VietnameseAnnotation } from '../model/annotation';
import { annotationIri } from '../model/iris';

/** The annotations of every occurrence, in document order, ids `<item-id>-<n>` counted per item. */
export function buildVietnameseAnnotations(
  document: Document,
  data: VietnameseItems,
): VietnameseAnnotation[] {
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));
  const counts = new Map<string, number>();
  return findOccurrences(document, data.items, data.exclusions).occurrences.map((occurrence) => {
    const n = (counts.get(occurrence.itemId) ?? 0) + 1;
    counts.set(occurrence.itemId, n);
    const block = blocks.get(occurrence.blockId);
    if (!block) throw new Error(`occurrence in unknown block ${occurrence.blockId}`);
    return {
      id: annotationIri(document.id, 'vietnamese', `${occurrence.itemId}-${n}`),
      layer: 'vietnamese',
      itemId: occurrence.itemId,
      target: describe(block, occurrence.start, occurrence.end),
    };
  });
}
