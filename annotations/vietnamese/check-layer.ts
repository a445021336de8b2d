/**
 * Checks the stored `vietnamese` layer against the items and the text: every annotation anchors and
 * links to an item whose form it quotes, every occurrence of every form is tagged exactly once, and
 * every item has at least one occurrence.
 */
import type { Document } from '../../corpus/model/document';
import type { CodedProblem } from '../../corpus/validate/coded-problem';
import { findOccurrences } from '../../corpus/vietnamese/find-occurrences';
import type { VietnameseItems } from '../../corpus/vietnamese/item-types';
import { vietnameseItemIri, vocabIri } from '../model/iris';
import { checkAnchor } from '../layer-check/check-anchor';
import type { ReadAnnotation } from '../layer-check/read-layer';

/** Every problem of the layer's annotations (`annotations`) given the items and the document. */
export function checkVietnameseLayer(
  annotations: ReadAnnotation[],
  data: VietnameseItems,
  document: Document,
  file: string,
): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const fail = (where: string, code: string, message: string) =>
    problems.push({ where: `${file}: ${where}`, code, message });
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));
  const items = new Map(data.items.map((i) => [i.id, i]));
  const iriPrefix = vietnameseItemIri(document.id, '');
  const tagged = new Map<string, string>();
  const seenIds = new Set<string>();

  for (const annotation of annotations) {
    const where = annotation.id;
    if (seenIds.has(annotation.id)) fail(where, 'duplicate-id', 'the annotation id is used twice');
    seenIds.add(annotation.id);
    if (annotation.layer !== 'vietnamese')
      fail(
        where,
        'wrong-layer',
        `the first classifying body says ${annotation.layer ?? 'nothing'}, not ${vocabIri('vietnamese')}`,
      );
    const links = annotation.bodies.filter(
      (b) => b.purpose === 'linking' && b.source?.startsWith(iriPrefix),
    );
    if (links.length !== 1) {
      fail(
        where,
        'item-link',
        `links to ${links.length} Vietnamese items; exactly one is expected`,
      );
      continue;
    }
    const itemId = (links[0]?.source ?? '').slice(iriPrefix.length);
    const item = items.get(itemId);
    if (!item) {
      fail(where, 'unknown-item', `links to "${itemId}", which is not in the Vietnamese items`);
      continue;
    }
    for (const p of checkAnchor(annotation.target, blocks, `${file}: ${where}`)) problems.push(p);
    if (!item.forms.some((f) => f.text === annotation.target.quote.exact))
      fail(where, 'not-a-form', `「${annotation.target.quote.exact}」 is not a form of ${itemId}`);
    const key = spanKey(
      itemId,
      annotation.target.blockId,
      annotation.target.position.start,
      annotation.target.position.end,
    );
    if (tagged.has(key))
      fail(
        where,
        'occurrence-tagged-twice',
        `${itemId} at ${key} is also tagged by ${tagged.get(key)}`,
      );
    tagged.set(key, annotation.id);
  }

  const { occurrences, unusedExclusions } = findOccurrences(document, data.items, data.exclusions);
  const expected = new Set<string>();
  const perItem = new Map<string, number>();
  for (const o of occurrences) {
    const key = spanKey(o.itemId, o.blockId, o.start, o.end);
    expected.add(key);
    perItem.set(o.itemId, (perItem.get(o.itemId) ?? 0) + 1);
    if (!tagged.has(key))
      fail(
        `${o.blockId} ${o.start}–${o.end}`,
        'occurrence-untagged',
        `「${o.exact}」 (${o.itemId}) is not tagged`,
      );
  }
  for (const [key, id] of tagged) {
    if (!expected.has(key))
      fail(
        id,
        'not-an-occurrence',
        `${key} is not an occurrence of the item's forms (or it is excluded)`,
      );
  }
  for (const item of data.items) {
    if (!perItem.get(item.id))
      fail(
        `item ${item.id}`,
        'item-without-occurrence',
        'no form of the item occurs in the document',
      );
  }
  for (const exclusion of unusedExclusions) {
    fail(
      `exclusion ${exclusion.itemId} in ${exclusion.blockId}`,
      'exclusion-unused',
      `「${exclusion.prefix}${exclusion.exact}」 matches no occurrence`,
    );
  }
  return problems;
}

const spanKey = (itemId: string, blockId: string, start: number, end: number) =>
  `${itemId}@${blockId}:${start}-${end}`;
