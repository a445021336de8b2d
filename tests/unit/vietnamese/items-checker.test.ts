import { describe, expect, it } from 'vitest';
import { checkVietnameseItems } from '../../../corpus/vietnamese/check-items';
import type { VietnameseItem, VietnameseItems } from '../../../corpus/vietnamese/item-types';
import { parseVietnameseItems } from '../../../corpus/vietnamese/parse-items';
import { loadVietnameseItems } from '../../../corpus/load/translation-data';
import { nth } from '../../helpers/nth';
import { realItems } from '../../helpers/translation-data';

const { research } = loadVietnameseItems('nguyen-2020');
const item = (data: VietnameseItems, id: string): VietnameseItem => {
  const found = data.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const original = (data: VietnameseItems, id: string) => {
  const quotation = item(data, id).quotation;
  if (!quotation) throw new Error(`${id} is not a quotation`);
  return quotation.original;
};

function codesAfter(damage: (data: VietnameseItems) => void): string[] {
  const data = realItems();
  damage(data);
  return checkVietnameseItems(data, research, 'vietnamese.json').map((p) => p.code);
}

describe('the Vietnamese items checker rejects damaged data, naming the rule', () => {
  it.each<[string, string, (d: VietnameseItems) => void]>([
    [
      'a witness URL the research file does not have',
      'url-not-in-research',
      (d) =>
        (nth(original(d, 'q-trong-2015').witnesses, 0).url = 'https://vov.vn/invented-page.html'),
    ],
    [
      'a lead URL the research file does not have',
      'url-not-in-research',
      (d) => (nth(original(d, 'q-mattis-2018').leads, 0).url = 'https://baomoi.com/x.epi'),
    ],
    [
      'a reconstructed wording',
      'wording-not-in-research',
      (d) =>
        (nth(original(d, 'q-trong-2015').witnesses, 0).text =
          'Tôi hy vọng chuyến thăm sẽ tăng cường hiểu biết lẫn nhau'),
    ],
    [
      'an original “found” without a page',
      'original-without-witness',
      (d) => (original(d, 'q-trong-2015').witnesses = []),
    ],
    [
      'an unlocated original that does not say so',
      'not-located-summary',
      (d) => (original(d, 'q-vinh-2015').summary = 'not found yet'),
    ],
    [
      'an unlocated original with a witness',
      'witness-without-original',
      (d) => {
        const o = original(d, 'q-vinh-2015');
        o.witnesses.push({
          lang: 'vi',
          url: 'https://vtv.vn/trong-nuoc/du-luan-ve-bai-phat-bieu-cua-thu-tuong-141999.htm',
          caveat: 'x',
        });
      },
    ],
    [
      'a Chinese form without its rendering',
      'missing-rendering',
      (d) => delete nth(item(d, 'cam-ranh').forms, 0).rendering,
    ],
    [
      'a rendering on a Latin form',
      'rendering-not-chinese',
      (d) => (nth(item(d, 'cam-ranh').forms, 1).rendering = 'exonym'),
    ],
    [
      'a place without its standard Vietnamese',
      'missing-vietnamese',
      (d) => (item(d, 'cam-ranh').vi = null),
    ],
    [
      'a link to an item that does not exist',
      'unknown-item',
      (d) => item(d, 'bien-dong').related.push('bien-tay'),
    ],
    [
      'a speaker who is not a person item',
      'unknown-item',
      (d) => {
        const q = item(d, 'q-trong-2015').quotation;
        if (q) q.speakerItem = 'ha-noi';
      },
    ],
    ['an id used twice', 'duplicate-id', (d) => (item(d, 'tien-sa').id = 'cam-ranh')],
    [
      'an exclusion of a text that is not a form',
      'exclusion-not-a-form',
      (d) => (nth(d.exclusions, 0).exact = 'Nam quốc'),
    ],
    [
      'a research file that changed since the data was checked',
      'research-file-changed',
      (d) => (d.research.sha256 = '0'.repeat(64)),
    ],
  ])('%s → %s', (_, code, damage) => {
    expect(codesAfter(damage)).toContain(code);
  });

  it.each<[string, string, (json: { items: Record<string, unknown>[] }) => void]>([
    ['a kind outside the vocabulary', 'unknown-item-kind', (j) => (nth(j.items, 0).kind = 'river')],
    [
      'an original status outside the vocabulary',
      'unknown-original-status',
      (j) => {
        const q = j.items.find((i) => i.id === 'q-vinh-2015')?.quotation as {
          original: Record<string, unknown>;
        };
        q.original.status = 'lost';
      },
    ],
    ['forms that are not a list', 'malformed', (j) => (nth(j.items, 0).forms = 'Biển Đông')],
  ])('parsing: %s → %s', (_, code, damage) => {
    const json = JSON.parse(JSON.stringify(realItems())) as { items: Record<string, unknown>[] };
    damage(json);
    expect(parseVietnameseItems(json, 'vietnamese.json').problems.map((p) => p.code)).toContain(
      code,
    );
  });
});
