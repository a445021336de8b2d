import { describe, expect, it } from 'vitest';
import type { Block } from '../../../corpus/model/document';
import { blockById, pageAt, realDocument, textAround } from '../../helpers/real-document';

// Read off the source by hand: where each marker stands (the text just before it), on which page,
// and how the body begins. Marker and body are always on the same print page in this article.
const FOOTNOTES: { n: number; page: number; before: string; body: string }[] = [
  {
    n: 1,
    page: 146,
    before: '（以下簡稱：HD-981事件），',
    body: '中國海洋石油鑽井平台HD-981自2014年5月2日',
  },
  {
    n: 2,
    page: 149,
    before: '都可以叫做「避險」。',
    body: '此處為匿名審查老師所提出之建議。特此感謝！',
  },
  {
    n: 3,
    page: 152,
    before: '真正關注美國影響越中關係的主動性。',
    body: '此處為匿名審查老師所提出之建議。特此感謝！',
  },
  { n: 4, page: 156, before: '東南亞國家的都要少。', body: '越南國內各地於2018年6月期間爆發' },
  {
    n: 5,
    page: 158,
    before: '（emerging potential superpower），',
    body: '作者提出一個「權力光譜」（power spectrum）',
  },
  {
    n: 6,
    page: 160,
    before: '截然分定在天書。」，',
    body: '越南語：「Nam quốc sơn hà Nam đế cư-Tiệt nhiên',
  },
  { n: 7, page: 161, before: '的級別是最高的。', body: '儘管越共一直秉持著「以黨領政」的原則' },
  { n: 8, page: 162, before: '（Vuving 2015）。', body: '儘管此次兩名政治局常委這樣的人數' },
  {
    n: 9,
    page: 162,
    before: '中國高層領導對越南訪問23次。',
    body: '筆者自行整理自越南外交部官網。',
  },
  { n: 10, page: 166, before: '近2年來第五次正式會晤。', body: '本文所提的「正式會晤」乃為' },
  {
    n: 11,
    page: 166,
    before: '金蘭灣軍港（Cam Ranh）之後，',
    body: '金蘭灣軍港位於越南中南部慶和省（Khanh Hoa）',
  },
  {
    n: 12,
    page: 168,
    before: '（Sands 2018）。',
    body: '自2018年初至10月，美國已經在南海執行四次',
  },
];

function markerBlocks(n: number): { block: Block; offset: number }[] {
  return realDocument().blocks.flatMap((block) =>
    block.footnoteRefs.filter((ref) => ref.n === n).map((ref) => ({ block, offset: ref.offset })),
  );
}

describe('the twelve footnotes of the real article', () => {
  it.each(FOOTNOTES)(
    'footnote $n: one marker, one body, page $page',
    ({ n, page, before, body }) => {
      const markers = markerBlocks(n);
      expect(markers).toHaveLength(1);
      const { block, offset } = markers[0] as { block: Block; offset: number };
      const [textBefore, textAfter] = textAround(block, offset, before.length, 3);
      expect(textBefore).toBe(before);
      expect(textAfter).not.toMatch(/^[\d\s]/u);
      expect(pageAt(block, offset)).toBe(page);

      const bodies = realDocument().blocks.filter((b) => b.kind === 'footnote' && b.footnote === n);
      expect(bodies).toHaveLength(1);
      const note = blockById(`fn-${n}`);
      expect(note.text.startsWith(body)).toBe(true);
      expect(note.pages).toEqual([page, page]);
      expect(note.kind === 'footnote' && note.refBlockId).toBe(block.id);
    },
  );

  it('has no other footnotes', () => {
    expect(realDocument().blocks.filter((b) => b.kind === 'footnote')).toHaveLength(12);
  });

  it('keeps every footnote body out of the running text', () => {
    const notes = realDocument().blocks.filter((b) => b.kind === 'footnote');
    for (const block of realDocument().blocks.filter((b) => b.kind !== 'footnote')) {
      for (const note of notes) {
        // Footnotes 2 and 3 share a sentence; any 12 characters of a body are specific enough.
        expect(block.text.includes(note.text.slice(0, 12)), `${note.id} inside ${block.id}`).toBe(
          false,
        );
      }
    }
  });

  it('places each footnote right after the block that cites it', () => {
    const blocks = realDocument().blocks;
    blocks.forEach((block, index) => {
      if (block.kind !== 'footnote') return;
      const previous = blocks
        .slice(0, index)
        .reverse()
        .find((b) => b.kind !== 'footnote');
      expect(previous?.id).toBe(block.refBlockId);
    });
  });

  it('keeps the Vietnamese of footnote 6 intact', () => {
    expect(blockById('fn-6').text).toBe(
      '越南語：「Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư」。此詩句源自於10世紀時期創作的一首詩，叫做《南國山河》（越南語：Nam quốc sơn hà）。這首詩被稱為「越南第一個獨立宣言」，聲明越南統治者對自己領土的主權。過去封建時期，越南自稱「南國」，並稱中國為「北國」。',
    );
  });
});
