/**
 * The stored `vietnamese` layer of the real article, read and anchored by the shared loader and
 * held to the Vietnamese items by `validate`'s checks; damaged copies are rejected by name.
 */
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { buildVietnameseAnnotations } from '../../../annotations/vietnamese/build-layer';
import { toLayerFile } from '../../../annotations/w3c/to-jsonld';
import type { VietnameseAnnotation } from '../../../annotations/model/annotation';
import type { AnnotationErrorCode } from '../../../annotations/model/errors';
import { blockById, realDocument } from '../../helpers/real-document';
import { nth } from '../../helpers/nth';
import {
  loadLayers,
  realItems,
  realLayerJson,
  validateLayers,
} from '../../helpers/translation-data';

const data = realItems();
type RawLayer = { items: RawAnnotation[] };
type RawAnnotation = {
  id: string;
  body: { purpose: string; source?: string }[];
  target: { selector: { value: string; refinedBy: Record<string, unknown> }[] };
};
const raw = () => realLayerJson('vietnamese').json as unknown as RawLayer;
const loaded = loadLayers({ vietnamese: raw() });
const tags = loaded.annotations.map((a) => ({
  ...a,
  annotation: a.annotation as VietnameseAnnotation,
}));

describe('the vietnamese layer', () => {
  it('is exactly what the items give for this text (not stale)', () => {
    const built = toLayerFile(
      'nguyen-2020',
      'vietnamese',
      buildVietnameseAnnotations(realDocument(), data),
    );
    expect(raw()).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('passes validation: every annotation anchors by position, every occurrence is tagged once', async () => {
    expect(loaded.errors).toEqual([]);
    expect(tags).toHaveLength(raw().items.length);
    expect(await validateLayers({ vietnamese: raw() })).toEqual([]);
  });

  it('anchors every annotation on a form of the item it links to', () => {
    const forms = new Map(data.items.map((i) => [i.id, i.forms.map((f) => f.text)]));
    for (const { annotation, anchor } of tags) {
      expect(anchor.status, annotation.id).toBe('anchored');
      if (anchor.status !== 'anchored') continue;
      const text = sliceCodePoints(blockById(anchor.blockId).text, anchor.start, anchor.end);
      expect(text, annotation.id).toBe(annotation.target.quote.exact);
      expect(forms.get(annotation.itemId), annotation.id).toContain(text);
    }
  });

  it('tags 「Quần đảo Hoảng Sa」 once, in s2.3.2-p4, linked to quan-dao-hoang-sa', () => {
    const found = tags.filter((t) => t.annotation.target.quote.exact === 'Quần đảo Hoảng Sa');
    expect(found.map((t) => [t.annotation.target.blockId, t.annotation.itemId])).toEqual([
      ['s2.3.2-p4', 'quan-dao-hoang-sa'],
    ]);
  });

  it.each<[string, AnnotationErrorCode, RegExp, (l: RawLayer) => void]>([
    [
      'an annotation removed',
      'coverage',
      /in \S+ \[\d+, \d+\) is not tagged$/u,
      (l) => l.items.splice(5, 1),
    ],
    [
      'an annotation twice',
      'coverage',
      /is tagged 2 times$/u,
      (l) => l.items.push({ ...nth(l.items, 3), id: `${nth(l.items, 3).id}-copy` }),
    ],
    [
      'a position moved',
      'stale-selectors',
      /stale: found by quote match/u,
      (l) => {
        const position = nth(nth(l.items, 0).target.selector, 1).refinedBy;
        position.start = Number(position.start) + 1;
        position.end = Number(position.end) + 1;
      },
    ],
    [
      'a quote that is gone from the text',
      'orphan',
      /cannot be placed/u,
      (l) => {
        const quote = nth(nth(l.items, 0).target.selector, 0).refinedBy;
        quote.exact = '河外';
        nth(nth(l.items, 0).target.selector, 1).refinedBy.start = 0;
        nth(nth(l.items, 0).target.selector, 1).refinedBy.end = 2;
      },
    ],
    [
      'a link to an item that does not exist',
      'dangling-link',
      /"ha-tay", which is not in corpus\/nguyen-2020\/vietnamese\.json/u,
      (l) => (nth(nth(l.items, 0).body, 1).source = 'urn:triglot:vietnamese:nguyen-2020#ha-tay'),
    ],
    [
      'a tag on a text that is not one of the item’s forms',
      'coverage',
      /tags 「河內」, which is not a form of da-nang/u,
      (l) => (nth(nth(l.items, 0).body, 1).source = 'urn:triglot:vietnamese:nguyen-2020#da-nang'),
    ],
    [
      'a tag in the wrong layer',
      'wrong-layer-file',
      /a term annotation in the vietnamese layer file/u,
      (l) => (nth(nth(l.items, 0).body, 0).source = 'urn:triglot:vocab#term'),
    ],
  ])('rejects %s → %s', async (_, code, message, damage) => {
    const layer = raw();
    damage(layer);
    const errors = await validateLayers({ vietnamese: layer });
    expect(errors.filter((e) => e.code === code).map((e) => e.message)).toContainEqual(
      expect.stringMatching(message),
    );
  });

  it('reports an item none of whose forms occurs', async () => {
    const items = realItems();
    items.items.push({
      id: 'hue',
      kind: 'place',
      vi: 'Huế',
      gloss: 'Hue',
      forms: [{ text: '順化', script: 'han', rendering: 'han-viet' }],
      otherNames: [],
      related: [],
    });
    const errors = await validateLayers({ vietnamese: raw() }, items);
    expect(errors).toEqual([
      {
        file: 'corpus/nguyen-2020/vietnamese.json',
        annotationId: 'hue',
        code: 'coverage',
        message: 'no form of the item occurs in the document',
      },
    ]);
  });

  it('reports an absent layer once, with the number of untagged occurrences', async () => {
    const errors = await validateLayers({});
    expect(errors).toEqual([
      {
        file: 'annotations/nguyen-2020/vietnamese.jsonld',
        annotationId: null,
        code: 'coverage',
        message: `the layer file is missing, so the ${raw().items.length} occurrence(s) that corpus/nguyen-2020/vietnamese.json requires tagged are untagged`,
      },
    ]);
  });
});
