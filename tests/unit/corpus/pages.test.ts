import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import {
  blockById,
  blockContaining,
  codePointIndexOf,
  pageAt,
  realBuild,
  realDocument,
} from '../../helpers/real-document';

describe('print pages of the real article', () => {
  it('numbers pages 143–180', () => {
    expect(realDocument().pages).toEqual({ first: 143, last: 180 });
    const pages = new Set(
      realDocument().blocks.flatMap((b) => [b.pages[0], ...b.pageBreaks.map((p) => p.page)]),
    );
    for (let page = 143; page <= 180; page++) expect(pages.has(page), `page ${page}`).toBe(true);
  });

  it('agrees with the four running heads that survive in the source', () => {
    expect(realBuild().runningHeads.map((h) => [h.line, h.printed, h.computed])).toEqual([
      [78, 145, 145],
      [1015, 162, 162],
      [1409, 169, 169],
      [1753, 176, 176],
    ]);
  });

  it('starts each page at the character the print starts it', () => {
    // First words of pages, read off the source by hand (lines starting with a space or a running head).
    const starts: [number, string][] = [
      [144, '國經濟等，使得越南要在'],
      [145, '（東海）」）。隨著中國'],
      [146, '海域中進行勘探（以下簡稱'],
      [147, '好以及其對越南的中國政策之影響'],
      [150, '和政治議題上往往接納或順從'],
      [156, '路」項目較任何一個東南亞國家'],
      [159, '（Indo-Pacific Strategy）中'],
      [162, '願意訪美極具意義'],
      [168, '戰略上，越南在南海爭端'],
      [169, '越南對中國出口412.7億美元'],
      [170, '「吉靈—河東捷運線」'],
      [172, '國內動員能力（Schweller 2004）'],
      [180, 'the incentive factor refers'],
    ];
    for (const [page, words] of starts) {
      const hits = realDocument().blocks.flatMap((block) =>
        [{ offset: 0, page: block.pages[0] }, ...block.pageBreaks]
          .filter(
            (pb) => pb.page === page && sliceCodePoints(block.text, pb.offset).startsWith(words),
          )
          .map(() => block.id),
      );
      expect(hits, `page ${page} starts with 「${words}」`).toHaveLength(1);
    }
  });

  it('does not start a page at right-aligned lines', () => {
    const table = blockById('table-2');
    expect(table.pages).toEqual([170, 170]);
    expect(table.text).toContain('單位：百萬美元');
    const received = blockById('received');
    expect(received.text).toBe('（收件：108年3月18日，接受：108年12月5日）');
    expect(received.pages).toEqual([175, 175]);
    expect(blockById('appendix-h').pages).toEqual([176, 176]);
  });

  it('puts the English abstract on the last two pages', () => {
    const abstract = blockById('abstract-en-p1');
    expect(abstract.pages).toEqual([179, 180]);
    const breakAt = abstract.pageBreaks[0]?.offset ?? -1;
    expect(sliceCodePoints(abstract.text, 0, breakAt).endsWith('On the other hand, ')).toBe(true);
    expect(sliceCodePoints(abstract.text, breakAt).startsWith('the incentive factor')).toBe(true);
    expect(pageAt(abstract, breakAt)).toBe(180);
    expect(blockById('abstract-en-h').pages).toEqual([179, 179]);
  });

  it('maps a character that crosses a page break to its page', () => {
    const block = blockContaining('一帶一路」項目較任何一個東南亞國家的都要少');
    const offset = codePointIndexOf(block.text, '路」項目');
    expect(pageAt(block, offset - 1)).toBe(155);
    expect(pageAt(block, offset)).toBe(156);
  });
});
