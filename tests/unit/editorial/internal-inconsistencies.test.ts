/**
 * The editorial notes on the article's internal inconsistencies: each quotes the article as
 * source.txt prints it, the conflicting evidence its reasoning names is where it says (block and
 * print page), and the arithmetic is redone here from the Document's own text and Table 2's cells.
 */
import { describe, expect, it } from 'vitest';
import { replacementOf } from '../../../annotations/editorial/replacement';
import type { EditorialAnnotation } from '../../../annotations/model/annotation';
import type { TableBlock } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById, rawSource, realDocument } from '../../helpers/real-document';
import { loadLayers, realLayerJson } from '../../helpers/translation-data';

const notes = loadLayers({ editorial: realLayerJson('editorial').json }).annotations.map(
  (a) => a.annotation as EditorialAnnotation,
);
const note = (local: string): EditorialAnnotation => {
  const found = notes.find((n) => n.id === `urn:triglot:anno:nguyen-2020:editorial:${local}`);
  if (!found) throw new Error(`no editorial note ${local}`);
  return found;
};
const replacement = (local: string) =>
  replacementOf(note(local).target.quote.exact, note(local).correction);

/** The raw source with its line breaks (and the blanks around them) taken out. */
const joinedSource = rawSource().replace(/[ \t]*\n\s*/gu, '');
const count = (text: string, needle: string) => text.split(needle).length - 1;

/** The first page reference (p. N or pp. N–M) after `label` in `text`, as [first, last]. */
function pagesAfter(text: string, label: string): [number, number] {
  const at = text.indexOf(label);
  if (at < 0) throw new Error(`「${label}」 is not in the reasoning`);
  const m = /pp?\. (\d+)(?:–(\d+))?/u.exec(text.slice(at));
  if (!m) throw new Error(`no page after 「${label}」`);
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

describe('the notes on internal inconsistencies', () => {
  it.each<[string, string, string, string, 'high' | 'medium' | 'low']>([
    // note, text before, exact, text after (read from source.txt), confidence
    ['balancing-decade', '獲得支持或奧援。', '1970年代中', '至冷戰結束前，越南長期抗衡中國', 'low'],
    ['converse-holds', '減少兩國之間的衝突，', '反之不亦然', '。而目前從越南官方', 'medium'],
    [
      'outline-section',
      '在以下的',
      '第三節',
      '中，本文將著墨分析越南在美國亞洲戰略的角色',
      'medium',
    ],
    ['mattis-name', '美國時任國防部長', '馬提斯', '（James Mattis）均選擇越南', 'high'],
    ['three-noes-item', '國防政策的', '第二條', '，越南應該拒絕參加此次軍演才對', 'medium'],
    [
      'trade-partner-years',
      '中國從2004年起至2018年',
      '連續14年',
      '成為越南最大的貿易夥伴國',
      'medium',
    ],
    [
      'china-fdi-decimal',
      '協議投資總額為',
      '133,48億',
      '美元，成為越南第七大投資來源國（表2）',
      'high',
    ],
    ['us-fdi-growth', '從2015年到2017年增長了', '387%', '，成為越南第十一大投資來源國', 'high'],
  ])(
    'quotes 「%s」 as the source prints it, with its context',
    (local, before, exact, after, level) => {
      expect(count(joinedSource, `${before}${exact}${after}`), local).toBe(1);
      const { blockId, position, quote } = note(local).target;
      const text = blockById(blockId).text;
      expect(quote.exact).toBe(exact);
      expect(sliceCodePoints(text, position.start, position.end)).toBe(exact);
      expect(sliceCodePoints(text, 0, position.start).endsWith(before)).toBe(true);
      expect(sliceCodePoints(text, position.end).startsWith(after)).toBe(true);
      expect(note(local).confidence).toBe(level);
      // Resting on the article itself, these notes cite no outside page.
      expect(note(local).sources).toEqual([]);
    },
  );

  it.each<[string, [string, string, number][]]>([
    // note, the places its reasoning names: [label in the reasoning, block, page]
    ['balancing-decade', [['s2.2-p2', 's2.2-p2', 151]]],
    ['converse-holds', [['s4.4-p3', 's4.4-p3', 172]]],
    [
      'outline-section',
      [
        ['s1-p5', 's1-p5', 146],
        ['參、美中權力角力中的越南角色', 's3-h', 157],
        ['肆、越南對美國的示好的回應及其對中政策的影響', 's4-h', 161],
      ],
    ],
    [
      'mattis-name',
      [
        ['s4.2-p7', 's4.2-p7', 166],
        ['appendix-e33', 'appendix-e33', 178],
        ['appendix-e38', 'appendix-e38', 178],
      ],
    ],
    [
      'three-noes-item',
      [
        ['s4.2-p7', 's4.2-p7', 166],
        ['s4.2-p8', 's4.2-p8', 166],
        ['this paragraph', 's4.2-p9', 167],
        ['s4.2-p6', 's4.2-p6', 166],
      ],
    ],
    [
      'china-fdi-decimal',
      [
        ['s4.3-p4', 's4.3-p4', 168],
        ['s4.2-p4', 's4.2-p4', 165],
        ['Table 2', 'table-2', 170],
      ],
    ],
    ['us-fdi-growth', [['Table 2', 'table-2', 170]]],
  ])('names in %s the blocks and print pages where the evidence is', (local, cited) => {
    const reasoning = note(local).note;
    expect(reasoning).toMatch(/\(project’s (note|reading|arithmetic)\)\.$/u);
    for (const [label, blockId, page] of cited) {
      const [first, last] = pagesAfter(reasoning, label);
      const { pages, text } = blockById(blockId);
      expect(first <= page && page <= last, `${local}: ${label}`).toBe(true);
      expect(pages[0] <= first && last <= pages[1], `${local}: ${label}`).toBe(true);
      if (blockId.endsWith('-h')) expect(text).toBe(label);
    }
  });
});

describe('what the article says elsewhere, read from the Document', () => {
  const table = blockById('table-2') as TableBlock;
  const [header, , ...rows] = table.table.rows;
  /** The column of a header (a year heads two columns: registered capital, then share). */
  const columnOf = (label: string): number => {
    let column = 0;
    for (const cell of header ?? []) {
      if (cell.text === label) return column;
      column += cell.colSpan;
    }
    throw new Error(`no column ${label} in Table 2`);
  };
  const cell = (country: string, label: string): number => {
    const row = rows.find((r) => r[0]?.text === country);
    return Number(row?.[columnOf(label)]?.text.replace(/,/gu, ''));
  };

  it('Table 2: US investment grew by 288% from 2015 to 2017, and 387% is the ratio (us-fdi-growth)', () => {
    const [from, to] = [cell('美國', '2015'), cell('美國', '2017')];
    expect([from, to]).toEqual([224, 869]);
    const growth = ((to - from) / from) * 100;
    expect(replacement('us-fdi-growth')).toBe(`${Math.round(growth)}%`);
    expect(Math.round(growth)).not.toBe(387);
    // The printed figure is the 2017 amount as a share of 2015's, cut to a whole percent.
    expect(Math.floor((to / from) * 100)).toBe(387);
    expect(blockById('s4.3-p7').text).toContain(`增長了387%，成為越南第十一大投資來源國`);
    expect(cell('美國', '排名')).toBe(11);
    for (const figure of [`${from}`, `${to}`, `${to - from} / ${from}`, '387.9%'])
      expect(note('us-fdi-growth').note).toContain(figure);
  });

  it('Table 2 and the paragraph: 133,48億 is 133.48億, and every other 億 amount is well formed (china-fdi-decimal)', () => {
    const amounts = realDocument().blocks.flatMap((b) => b.text.match(/[\d.,]+(?=億)/gu) ?? []);
    const malformed = amounts.filter((a) => !/^\d{1,3}(,\d{3})*(\.\d+)?$/u.test(a));
    expect(malformed).toEqual(['133,48']);
    expect(amounts.filter((a) => a.includes('.')).length).toBeGreaterThan(5);
    // 億 is a hundred million: millions of US$, as Table 2 counts them.
    const millions = (yi: string | undefined) => Math.round(Number(yi) * 100);
    const endOf2018 = millions(replacement('china-fdi-decimal')?.replace('億', ''));
    const early2019 = millions(/前5個月.*?([\d.]+)億/u.exec(blockById('s4.3-p5').text)?.[1]);
    const toJune2019 = cell('中國', '累計金額（截至2019/6）');
    expect([endOf2018, early2019, toJune2019]).toEqual([13348, 2020, 15452]);
    expect(endOf2018 + early2019).toBe(15368);
    expect(Math.abs(endOf2018 + early2019 - toJune2019) / toJune2019).toBeLessThan(0.01);
    // Read with a thousands comma, the amount would dwarf the table's total.
    expect(Math.round((13348 * 100) / toJune2019)).toBe(86);
    expect(cell('中國', '排名')).toBe(7);
    for (const figure of ['15,452', '15,368', '86 times'])
      expect(note('china-fdi-decimal').note).toContain(figure);
  });

  it('2004 to 2018 is fifteen years, counted fourteen (trade-partner-years)', () => {
    const text = blockById('s4.3-p4').text;
    const [, from, to, counted] = /從(\d{4})年起至(\d{4})年連續(\d+)年/u.exec(text) ?? [];
    expect([from, to, counted]).toEqual(['2004', '2018', '14']);
    expect(Number(to) - Number(from) + 1).toBe(15);
    expect(text).toContain('2018年雙邊貿易總額為1,067.1億美元');
    expect(replacement('trade-partner-years')).toBeNull();
    expect(note('trade-partner-years').note).toContain('2018 − 2004 + 1 = 15');
  });

  it('writes Mattis 馬蒂斯 five times and 馬提斯 once (mattis-name)', () => {
    const where = (name: string) =>
      Object.fromEntries(
        realDocument()
          .blocks.filter((b) => b.text.includes(name))
          .map((b) => [b.id, count(b.text, `國防部長${name}`)]),
      );
    expect(where('馬蒂斯')).toEqual({ 's4.2-p7': 1, 'appendix-e33': 1, 'appendix-e38': 1 });
    expect(count(blockById('s4.2-p7').text, '馬蒂斯')).toBe(3);
    expect(where('馬提斯')).toEqual({ 's3-p8': 1 });
    expect([count(rawSource(), '馬蒂斯'), count(rawSource(), '馬提斯')]).toEqual([5, 1]);
    expect(replacement('mattis-name')).toBe('馬蒂斯');
  });

  it('numbers the three noes in the order s4.2-p6 lists them; the third is s4.2-p9’s (three-noes-item)', () => {
    const list = /即「(.+?)」/u.exec(blockById('s4.2-p6').text)?.[1]?.split('、') ?? [];
    expect(list).toHaveLength(3);
    const [first, second, third] = list;
    expect(blockById('s4.2-p7').text).toContain(`第一條—「${first}」`);
    expect(blockById('s4.2-p8').text).toContain(`第二條—「${second}」`);
    const paragraph = blockById('s4.2-p9').text;
    expect(paragraph.startsWith(`第三，「三不」政策中的第三條—「${third}」`)).toBe(true);
    expect(paragraph).toContain('RIMPAC');
    expect(count(paragraph, '第二條')).toBe(1);
    expect(replacement('three-noes-item')).toBe('第三條');
  });

  it('gives section 4, not 3, to Vietnam’s response to the US overtures (outline-section)', () => {
    expect(blockById('s1-p5').text).toContain(
      '在第三節中，本文試圖探討美中權力角力中越南所扮演的角色。第四節專門探討越南如何回應美國的示好',
    );
    expect(blockById('s4-h').text).toContain('越南對美國的示好的回應');
    expect(blockById('s3-h').text).not.toContain('回應');
    expect(blockById('s2.3.2-p10').text).toContain(
      '在以下的第三節中，本文將著墨分析越南在美國亞洲戰略的角色以及從越南回應美國的示好',
    );
    expect(replacement('outline-section')).toBe('第三節和第四節');
  });

  it('dates the Soviet-backed balancing from the late 1970s in s2.2-p2 (balancing-decade)', () => {
    const text = blockById('s2.2-p2').text;
    expect(text).toContain('自1950年代至1970年代中曾經完全扈從中國');
    expect(text).toContain('越中1979年爆發邊境戰爭等原因，使得越南自1970年代末至1991年期間');
    expect(replacement('balancing-decade')).toBe('1970年代末');
  });

  it('argues from the converse right after 反之不亦然, which recurs in s4.4-p3 (converse-holds)', () => {
    expect(blockById('s2.3.2-p5').text).toContain(
      '反之不亦然。而目前從越南官方及非官方針對中國在越南的經濟影響力之發表很難說越南對中國經濟的高度依賴持有樂觀的看法',
    );
    expect(blockById('s4.4-p3').text).toMatch(/越接近於.+會越強，反之不亦然/u);
    expect(replacement('converse-holds')).toBe('反之亦然');
  });
});
