/**
 * Coverage of the `vietnamese` layer against the document's Vietnamese items
 * (`corpus/<doc>/vietnamese.json`): every annotation links to an item and tags one of its forms,
 * every occurrence of every form is tagged exactly once, and every item occurs. The annotations
 * come parsed and anchored by the shared loader; orphans and stale selectors are reported there.
 */
import type { Document } from '../../corpus/model/document';
import { sliceCodePoints } from '../../corpus/text/code-points';
import { findOccurrences } from '../../corpus/vietnamese/find-occurrences';
import type { Occurrence } from '../../corpus/vietnamese/find-occurrences';
import type { VietnameseItems } from '../../corpus/vietnamese/item-types';
import type { LoadedAnnotation } from '../load/load-annotations';
import { errorCollector, type AnnotationError } from '../model/errors';
import { absentLayerMessage } from '../validate/absent-layer';

export interface VietnameseLayerInput {
  document: Document;
  items: VietnameseItems;
  /** The items file and the layer file, as shown in messages. */
  itemsFile: string;
  layerFile: string;
  /** False when the layer file does not exist (an empty layer: one line says so). */
  layerPresent: boolean;
  /** The loaded annotations of the layer. */
  annotations: LoadedAnnotation[];
}

const spanKey = (itemId: string, blockId: string, start: number, end: number) =>
  `${itemId}@${blockId}:${start}-${end}`;

/** Every coverage problem of the layer, and every annotation linking to no item. */
export function checkVietnameseLayer(input: VietnameseLayerInput): AnnotationError[] {
  const { document, items, itemsFile, layerFile } = input;
  const { errors, fail } = errorCollector();
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));
  const byId = new Map(items.items.map((i) => [i.id, i]));

  const tagged = new Map<string, string[]>();
  for (const { annotation, anchor, file } of input.annotations) {
    if (annotation.layer !== 'vietnamese') continue;
    const item = byId.get(annotation.itemId);
    if (!item) {
      fail(
        file,
        annotation.id,
        'dangling-link',
        `links to the Vietnamese item "${annotation.itemId}", which is not in ${itemsFile}`,
      );
      continue;
    }
    if (anchor.status !== 'anchored') continue;
    const text = sliceCodePoints(blocks.get(anchor.blockId)?.text ?? '', anchor.start, anchor.end);
    if (!item.forms.some((f) => f.text === text)) {
      fail(file, annotation.id, 'coverage', `tags 「${text}」, which is not a form of ${item.id}`);
    }
    const key = spanKey(item.id, anchor.blockId, anchor.start, anchor.end);
    tagged.set(key, [...(tagged.get(key) ?? []), annotation.id]);
  }

  const { occurrences, unusedExclusions } = findOccurrences(
    document,
    items.items,
    items.exclusions,
  );
  const expected = new Set(occurrences.map((o) => spanKey(o.itemId, o.blockId, o.start, o.end)));
  const untagged: Occurrence[] = [];
  for (const o of occurrences) {
    const ids = tagged.get(spanKey(o.itemId, o.blockId, o.start, o.end)) ?? [];
    const where = `「${o.exact}」 (${o.itemId}) in ${o.blockId} [${o.start}, ${o.end})`;
    if (ids.length === 0) untagged.push(o);
    else if (ids.length > 1)
      fail(layerFile, ids.join(', '), 'coverage', `${where} is tagged ${ids.length} times`);
  }
  if (!input.layerPresent && untagged.length > 0) {
    fail(layerFile, null, 'coverage', absentLayerMessage(untagged.length, itemsFile));
  } else {
    for (const o of untagged) {
      fail(
        layerFile,
        null,
        'coverage',
        `「${o.exact}」 (${o.itemId}) in ${o.blockId} [${o.start}, ${o.end}) is not tagged`,
      );
    }
  }
  for (const [key, ids] of tagged) {
    if (!expected.has(key))
      fail(
        layerFile,
        ids.join(', '),
        'coverage',
        `${key} is not an occurrence of the item's forms (or it is excluded)`,
      );
  }
  const occurring = new Set(occurrences.map((o) => o.itemId));
  for (const item of items.items) {
    if (!occurring.has(item.id))
      fail(itemsFile, item.id, 'coverage', 'no form of the item occurs in the document');
  }
  for (const x of unusedExclusions) {
    fail(
      itemsFile,
      `exclusion ${x.itemId} in ${x.blockId}`,
      'coverage',
      `「${x.prefix}${x.exact}」 matches no occurrence`,
    );
  }
  return errors;
}
