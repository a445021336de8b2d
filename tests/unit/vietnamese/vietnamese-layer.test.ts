import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { checkVietnameseLayer } from '../../../annotations/vietnamese/check-layer';
import { buildVietnameseAnnotations } from '../../../annotations/vietnamese/build-layer';
import { toLayerFile } from '../../../annotations/w3c/to-jsonld';
import { vietnameseItemIri } from '../../../annotations/model/iris';
import { blockById, realDocument } from '../../helpers/real-document';
import { nth } from '../../helpers/nth';
import { readLayer, realItems, realLayerJson } from '../../helpers/translation-data';

const data = realItems();
type RawLayer = { items: RawAnnotation[] };
type RawAnnotation = {
  id: string;
  body: { purpose: string; source?: string }[];
  target: { selector: { value: string; refinedBy: Record<string, unknown> }[] };
};
const raw = () => realLayerJson('vietnamese').json as unknown as RawLayer;

function codesAfter(damage: (layer: RawLayer) => void): string[] {
  const layer = raw();
  damage(layer);
  return checkVietnameseLayer(readLayer(layer), data, realDocument(), 'vietnamese.jsonld').map(
    (p) => p.code,
  );
}

describe('the vietnamese layer', () => {
  it('is exactly what the items give for this text (not stale)', () => {
    const built = toLayerFile(
      'nguyen-2020',
      'vietnamese',
      buildVietnameseAnnotations(realDocument(), data),
    );
    expect(raw()).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('passes its checker: every annotation anchors, every occurrence is tagged once', () => {
    expect(
      checkVietnameseLayer(readLayer(raw()), data, realDocument(), 'vietnamese.jsonld'),
    ).toEqual([]);
  });

  it('anchors every annotation on a form of the item it links to', () => {
    const forms = new Map(
      data.items.map((i) => [vietnameseItemIri('nguyen-2020', i.id), i.forms.map((f) => f.text)]),
    );
    for (const a of readLayer(raw())) {
      const { blockId, position, quote } = a.target;
      expect(sliceCodePoints(blockById(blockId).text, position.start, position.end), a.id).toBe(
        quote.exact,
      );
      const link = a.bodies.find((b) => b.purpose === 'linking')?.source ?? '';
      expect(forms.get(link), a.id).toContain(quote.exact);
    }
  });

  it('tags 「Quần đảo Hoảng Sa」 once, in s2.3.2-p4, linked to quan-dao-hoang-sa', () => {
    const tags = readLayer(raw()).filter((a) => a.target.quote.exact === 'Quần đảo Hoảng Sa');
    expect(tags.map((a) => a.target.blockId)).toEqual(['s2.3.2-p4']);
    expect(nth(tags, 0).bodies.map((b) => b.source)).toContain(
      'urn:triglot:vietnamese:nguyen-2020#quan-dao-hoang-sa',
    );
  });

  it.each<[string, string, (l: RawLayer) => void]>([
    ['an annotation removed', 'occurrence-untagged', (l) => l.items.splice(5, 1)],
    [
      'an annotation twice',
      'occurrence-tagged-twice',
      (l) => l.items.push({ ...nth(l.items, 3), id: `${nth(l.items, 3).id}-copy` }),
    ],
    [
      'a position moved',
      'anchor-moved',
      (l) => {
        const position = nth(nth(l.items, 0).target.selector, 1).refinedBy;
        position.start = Number(position.start) + 1;
        position.end = Number(position.end) + 1;
      },
    ],
    [
      'a quote that is gone from the text',
      'orphan',
      (l) => {
        const quote = nth(nth(l.items, 0).target.selector, 0).refinedBy;
        quote.exact = '河外';
        nth(nth(l.items, 0).target.selector, 1).refinedBy.start = 0;
      },
    ],
    [
      'a link to an item that does not exist',
      'unknown-item',
      (l) => (nth(nth(l.items, 0).body, 1).source = 'urn:triglot:vietnamese:nguyen-2020#ha-tay'),
    ],
    [
      'a tag on a text that is not one of the item’s forms',
      'not-a-form',
      (l) => (nth(nth(l.items, 0).body, 1).source = 'urn:triglot:vietnamese:nguyen-2020#da-nang'),
    ],
    [
      'a tag in the wrong layer',
      'wrong-layer',
      (l) => (nth(nth(l.items, 0).body, 0).source = 'urn:triglot:vocab#term'),
    ],
  ])('rejects %s → %s', (_, code, damage) => {
    expect(codesAfter(damage)).toContain(code);
  });

  it('reports an item none of whose forms occurs', () => {
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
    const codes = checkVietnameseLayer(
      readLayer(raw()),
      items,
      realDocument(),
      'vietnamese.jsonld',
    ).map((p) => p.code);
    expect(codes).toContain('item-without-occurrence');
  });
});
