import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById } from '../../helpers/real-document';

function table(id: string): TableBlock {
  const block = blockById(id);
  if (block.kind !== 'table') throw new Error(`${id} is not a table`);
  return block;
}

const cells = (t: TableBlock) => t.table.rows.map((row) => row.map((cell) => cell.text));

describe('Table 1: punitive × incentive factors', () => {
  const t1 = table('table-1');
  it('is the 2×2 matrix with its row and column headings', () => {
    expect(cells(t1)).toEqual([
      ['', '懲罰性因素'],
      ['激勵性因素', '中國的壓力和威脅強', '中國的壓力和威脅弱'],
      ['美國的支持強', '軟制衡（自2014年至今）', '未發生'],
      ['美國的支持弱', '避險（2008年初至2013年左右）', '避險（1991年至2007年）'],
    ]);
    expect(t1.table.rows[0]?.[1]?.colSpan).toBe(2);
    expect(t1.table.rows.map((row) => row[0]?.header)).toEqual([true, true, true, true]);
    expect(t1.table.rows[2]?.[1]?.header).toBe(false);
  });
  it('keeps its caption and source line, on page 157', () => {
    expect(sliceCodePoints(t1.text, t1.table.caption.start, t1.table.caption.end)).toBe(
      '表1　冷戰後懲罰性因素和激勵性因素對越南中國政策之影響',
    );
    expect(sliceCodePoints(t1.text, t1.table.sourceLine.start, t1.table.sourceLine.end)).toBe(
      '資料來源：作者整理。',
    );
    expect(t1.pages).toEqual([157, 157]);
  });
  it('gives each cell its place in the text', () => {
    for (const cell of t1.table.rows.flat()) {
      expect(sliceCodePoints(t1.text, cell.start, cell.end)).toBe(cell.text);
    }
  });
});

describe('Table 2: US and Chinese investment in Vietnam', () => {
  const t2 = table('table-2');
  it('has two header rows and the China and US rows', () => {
    expect(cells(t2)).toEqual([
      ['國別', '2014', '2015', '2016', '2017', '2018', '累計金額（截至2019/6）', '排名'],
      [
        '註冊資金',
        '占比',
        '註冊資金',
        '占比',
        '註冊資金',
        '占比',
        '註冊資金',
        '占比',
        '註冊資金',
        '占比',
      ],
      [
        '中國',
        '427',
        '2.10%',
        '744',
        '3.27%',
        '1,875',
        '7.69%',
        '2,168',
        '6.04%',
        '2,465',
        '6.95%',
        '15,452',
        '7',
      ],
      [
        '美國',
        '260',
        '1.30%',
        '224',
        '0.99%',
        '400',
        '1.64%',
        '869',
        '2.42%',
        '550',
        '1.55%',
        '9,199',
        '11',
      ],
    ]);
    expect(t2.table.rows[0]?.slice(1, 6).map((c) => c.colSpan)).toEqual([2, 2, 2, 2, 2]);
    expect(t2.table.rows[0]?.[0]?.rowSpan).toBe(2);
    expect(t2.table.rows[1]?.every((c) => c.header)).toBe(true);
  });
  it('keeps the unit line and the source line with the table', () => {
    const span = (s?: { start: number; end: number }) =>
      s ? sliceCodePoints(t2.text, s.start, s.end) : undefined;
    expect(span(t2.table.unit)).toBe('單位：百萬美元');
    expect(span(t2.table.sourceLine)).toBe(
      '資料來源：整理並計算自越南計劃與投資部年度統計數據（MPI Vietnam 2018）。',
    );
    expect(span(t2.table.caption)).toBe('表2　美、中自2014年至2018年間對越南投資額');
    expect(t2.pages).toEqual([170, 170]);
  });
  it('has a full grid once spans are counted', () => {
    // 13 columns: country, 5 years × (capital, share), cumulative amount, rank.
    const width = (row: { colSpan: number }[]) => row.reduce((sum, c) => sum + c.colSpan, 0);
    expect(width(t2.table.rows[0] ?? [])).toBe(13);
    expect(width(t2.table.rows[1] ?? []) + 3).toBe(13);
    expect(width(t2.table.rows[2] ?? [])).toBe(13);
  });
});

describe('figures', () => {
  it.each([
    ['figure-1', '圖1　2014年至2018年期間越中進出口貿易', 169],
    ['figure-2', '圖2　2014年至2018年期間越美進出口貿易', 171],
  ])('%s keeps its caption and source and says the chart is missing', (id, caption, page) => {
    const block = blockById(id);
    if (block.kind !== 'figure') throw new Error('not a figure');
    expect(sliceCodePoints(block.text, block.figure.caption.start, block.figure.caption.end)).toBe(
      caption,
    );
    expect(
      sliceCodePoints(block.text, block.figure.sourceLine.start, block.figure.sourceLine.end),
    ).toBe('資料來源：整理自越南海關總局（HQVN 2019）。');
    expect(block.figure.imageInSource).toBe(false);
    expect(block.pages).toEqual([page, page]);
  });
});
