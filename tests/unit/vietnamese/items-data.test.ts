import { describe, expect, it } from 'vitest';
import { checkVietnameseItems } from '../../../corpus/vietnamese/check-items';
import { findOccurrences } from '../../../corpus/vietnamese/find-occurrences';
import { NOT_LOCATED, type VietnameseItem } from '../../../corpus/vietnamese/item-types';
import { loadVietnameseItems } from '../../../corpus/load/translation-data';
import { realDocument } from '../../helpers/real-document';
import { realItems, researchText } from '../../helpers/translation-data';

const data = realItems();
const research = researchText();
const itemWithForm = (form: string): VietnameseItem => {
  const found = data.items.filter((i) => i.forms.some((f) => f.text === form));
  if (found.length !== 1) throw new Error(`${found.length} items have the form 「${form}」`);
  return found[0] as VietnameseItem;
};
const countInDocument = (needle: string) =>
  realDocument().blocks.reduce((n, b) => n + b.text.split(needle).length - 1, 0);
const normalise = (s: string) => s.replace(/\s+/gu, ' ');

describe('the Vietnamese items', () => {
  it('pass their checker against the vendored research file', () => {
    const loaded = loadVietnameseItems('nguyen-2020');
    expect(loaded.problems).toEqual([]);
    expect(checkVietnameseItems(data, loaded.research, 'vietnamese.json')).toEqual([]);
  });

  it.each([
    ['Biển Đông', 'Biển Đông'],
    ['Bãi Tư Chính', 'Bãi Tư Chính'],
    ['Quần đảo Hoảng Sa', 'Quần đảo Hoàng Sa'],
    ['Nam quốc sơn hà', 'Nam quốc sơn hà'],
    ['Phương châm 16 chữ', 'Phương châm 16 chữ'],
    ['Tinh thần 4 tốt', 'Tinh thần 4 tốt'],
    ['kênh đảng', 'kênh Đảng'],
    ['tàu lạ', 'tàu lạ'],
    ['Doi Moi', 'Đổi Mới'],
    ['阮富仲', 'Nguyễn Phú Trọng'],
    ['阮晉勇', 'Nguyễn Tấn Dũng'],
    ['阮志詠', 'Nguyễn Chí Vịnh'],
    ['金蘭灣', 'vịnh Cam Ranh'],
    ['仙沙港', 'cảng Tiên Sa'],
    ['吉靈—河東', 'tuyến đường sắt đô thị Cát Linh – Hà Đông'],
    ['峴港', 'Đà Nẵng'],
    ['平陽省', 'tỉnh Bình Dương'],
  ])('has 「%s」 with the standard spelling %s', (form, vi) => {
    expect(itemWithForm(form).vi).toBe(vi);
  });

  it('keeps the article’s misspelling Hoảng (U+1EA3) as printed and the correct à in the standard form', () => {
    const item = itemWithForm('Quần đảo Hoảng Sa');
    expect(item.forms[0]?.text).toContain('\u1EA3');
    expect(item.vi).toContain('\u00E0');
  });

  it('classifies the Chinese renderings: Hán-Việt, exonym, Mandarin sound, calque', () => {
    const rendering = (form: string) =>
      itemWithForm(form).forms.find((f) => f.text === form)?.rendering;
    // 仙 Tiên 沙 Sa: Hán-Việt; 金蘭 reads Kim Lan and 峴港 Hiện cảng: exonyms (research file §2.2).
    expect(rendering('仙沙港')).toBe('han-viet');
    expect(rendering('吉靈—河東')).toBe('han-viet');
    expect(rendering('金蘭灣')).toBe('exonym');
    expect(rendering('峴港')).toBe('exonym');
    // 紘, 宏, 名, 進 are Mandarin homophones, not Hán-Việt readings (research file §2.1).
    for (const name of ['范紘縱', '武宏林', '阮名哲', '張進創'])
      expect(rendering(name)).toBe('mandarin-sound');
    expect(rendering('陌生船隻')).toBe('calque');
  });

  it('names every Vietnamese person the article writes in Chinese characters', () => {
    const names = [
      '阮富仲',
      '阮晉勇',
      '阮春福',
      '阮志詠',
      '阮玉長',
      '黎文龐',
      '陳越泰',
      '陳大光',
      '吳春歷',
      '范紘縱',
      '武宏林',
      '潘文凱',
      '阮名哲',
      '張進創',
    ];
    for (const name of names) {
      expect(countInDocument(name), name).toBeGreaterThan(0);
      expect(itemWithForm(name).kind).toBe('person');
    }
  });

  it('has every quoted statement the research file lists (C1–C15)', () => {
    const quoted = [
      '越南願意與世界所有國家成為可靠的朋友和夥伴', // C1
      '加深雙方的互相理解', // C2
      '我們始終希望擁有和平和友誼', // C3
      '一廂情願', // C4
      '越南要當心不要上中國的當', // C5
      '在我們全面戰略夥伴中', // C6
      '越美雙方一致認為不想要再次成為彼此的敵人', // C7
      '不參加任何軍事聯盟、不准任何外國', // C8
      '長期穩定、面向未來', // C9
      '好鄰居、好朋友', // C9
      '南國山河南帝居', // C10
      '美國將繼續在任何國際法律允許的範圍內飛行', // C11
      '越南國防政策為了保護獨立', // C12
      '我們任何人都不喜歡被侵略', // C13
      '外熱內冷', // C14
      '越南漁船被外國的『陌生船隻』', // C15
    ];
    const quotations = data.items.filter((i) => i.kind === 'quotation');
    for (const start of quoted) {
      const item = quotations.find((q) => q.forms.some((f) => f.text.startsWith(start)));
      expect(item, start).toBeDefined();
      expect(countInDocument(start), start).toBeGreaterThan(0);
    }
  });

  it('gives an original only where the research file reports one found, else “original not located”', () => {
    const status = (start: string) =>
      data.items.find((i) => i.kind === 'quotation' && i.forms[0]?.text.startsWith(start))
        ?.quotation?.original.status;
    // As the research file reports them: §3 C2, C8, C9, C10, C11, C12 found; C3 partly; the rest not found.
    for (const start of [
      '加深雙方',
      '不參加任何軍事聯盟、',
      '長期穩定',
      '好鄰居',
      '南國山河南帝居',
      '美國將繼續',
      '越南國防政策',
    ])
      expect(status(start), start).toBe('found');
    expect(status('我們始終希望')).toBe('partly-found');
    for (const start of [
      '越南願意',
      '一廂情願',
      '越南要當心',
      '在我們全面',
      '越美雙方一致',
      '我們任何人',
      '外熱內冷',
    ])
      expect(status(start), start).toBe('not-located');
  });

  it('cites only URLs written in the research file and wording it quotes verbatim', () => {
    for (const item of data.items) {
      const original = item.quotation?.original;
      if (!original) continue;
      if (original.status === 'not-located') {
        expect(original.summary).toBe(NOT_LOCATED);
        expect(original.witnesses).toEqual([]);
      } else {
        expect(original.witnesses.length, item.id).toBeGreaterThan(0);
      }
      for (const w of [...original.witnesses, ...original.leads]) {
        expect(research, item.id).toContain(w.url);
        expect(w.caveat.length).toBeGreaterThan(0);
        if (w.text) expect(normalise(research), item.id).toContain(normalise(w.text));
      }
    }
  });

  it('never gives a Vietnamese wording for a quotation whose original was not located', () => {
    for (const item of data.items.filter((i) => i.quotation?.original.status === 'not-located'))
      expect(item.vi, item.id).toBeNull();
  });

  it('finds at least one occurrence of every item, and every occurrence of the forms', () => {
    const { occurrences } = findOccurrences(realDocument(), data.items, data.exclusions);
    const perItem = new Map<string, number>();
    for (const o of occurrences) perItem.set(o.itemId, (perItem.get(o.itemId) ?? 0) + 1);
    for (const item of data.items) expect(perItem.get(item.id) ?? 0, item.id).toBeGreaterThan(0);
    // Counted directly in the text: 阮富仲 15 times plus “Nguyen Phu Trong” once; 越共 and 越南共產黨.
    expect(perItem.get(itemWithForm('阮富仲').id)).toBe(
      countInDocument('阮富仲') + countInDocument('Nguyen Phu Trong'),
    );
    expect(perItem.get(itemWithForm('越共').id)).toBe(
      countInDocument('越共') + countInDocument('越南共產黨'),
    );
    expect(perItem.get(itemWithForm('三不').id)).toBe(countInDocument('三不') + 1);
  });

  it('leaves out only the two title forms that are the first words of the poem’s verse', () => {
    const { excluded } = findOccurrences(realDocument(), data.items, data.exclusions);
    expect(excluded.map((e) => [e.occurrence.blockId, e.occurrence.exact])).toEqual([
      ['s3-p6', '南國山河'],
      ['fn-6', 'Nam quốc sơn hà'],
    ]);
  });

  it('matches Latin forms only as whole words', () => {
    const { occurrences } = findOccurrences(realDocument(), data.items);
    const mpi = occurrences.filter((o) => o.exact === 'MPI');
    expect(mpi).toHaveLength(countInDocument('MPI'));
    expect(occurrences.filter((o) => o.exact === 'Hanoi').map((o) => o.blockId)).toEqual([
      'abstract-en-p1',
      'abstract-en-p1',
    ]);
  });
});
