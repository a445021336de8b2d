/**
 * Anchoring on the real article. Golden baseline (after hypothesis/client's html-baselines): for
 * ~2,000 deterministic spans of every kind of block — footnotes, tables, the appendix, both
 * abstracts, Vietnamese phrases, every occurrence of five recurring terms — describe() then anchor()
 * places each by position where it was, and describe() at that place gives back the same selectors.
 */
import { describe as group, expect, it } from 'vitest';
import { MIN_SCORE, anchor } from '../../../annotations/anchoring/anchor';
import { CONTEXT_GRAPHEMES, describe } from '../../../annotations/anchoring/describe';
import { graphemeCount } from '../../../annotations/anchoring/graphemes';
import type { BlockSelectors } from '../../../annotations/model/selectors';
import type { Block, Document } from '../../../corpus/model/document';
import { codePointLength, sliceCodePoints } from '../../../corpus/text/code-points';
import { testSpans } from '../../helpers/annotation-spans';
import { blockById, codePointIndexOf, realDocument } from '../../helpers/real-document';

const document = realDocument();
const spans = testSpans(document);
const withText = (block: Block, text: string): Document => ({
  ...document,
  blocks: document.blocks.map((b) => (b.id === block.id ? { ...b, text } : b)),
});
/** Selectors for the first occurrence of `quote` in a block. */
const selectorsAt = (blockId: string, quote: string): BlockSelectors => {
  const block = blockById(blockId);
  const at = codePointIndexOf(block.text, quote);
  if (at < 0) throw new Error(`「${quote}」 is not in ${blockId}`);
  return describe(block, at, at + codePointLength(quote));
};

group('golden baseline', () => {
  it('spans every kind of block and the Vietnamese text', () => {
    const kinds = new Set(spans.map((s) => blockById(s.blockId).kind));
    expect([...kinds].sort()).toEqual([
      'abstract',
      'figure',
      'footnote',
      'heading',
      'keywords',
      'note',
      'paragraph',
      'table',
      'timeline-entry',
    ]);
    const vietnamese = spans
      .filter((s) => s.why === 'vietnamese')
      .map((s) => sliceCodePoints(blockById(s.blockId).text, s.start, s.end));
    expect(vietnamese).toContain('Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư');
    expect(vietnamese).toContain('Chính sách quốc phòng ba không');
    expect(spans.filter((s) => s.why === 'term').length).toBeGreaterThan(150);
    expect(spans.length).toBeGreaterThan(1900);
  });

  it('anchor then describe gives back the same selectors, placed by position', () => {
    const mismatches: string[] = [];
    for (const span of spans) {
      const block = blockById(span.blockId);
      const selectors = describe(block, span.start, span.end);
      const result = anchor(document, selectors);
      if (result.status !== 'anchored' || result.strategy !== 'position' || result.score !== 1) {
        mismatches.push(`${span.blockId} [${span.start}, ${span.end}): ${JSON.stringify(result)}`);
        continue;
      }
      const again = describe(blockById(result.blockId), result.start, result.end);
      if (JSON.stringify(again) !== JSON.stringify(selectors))
        mismatches.push(`${span.blockId} [${span.start}, ${span.end}) describes differently`);
    }
    expect(mismatches).toEqual([]);
  });

  it('takes context in grapheme clusters (stacked Vietnamese marks count once)', () => {
    const fn6 = blockById('fn-6');
    const at = codePointIndexOf(fn6.text, '此詩句');
    const selectors = describe(fn6, at, at + 3);
    expect(graphemeCount(selectors.quote.prefix)).toBe(CONTEXT_GRAPHEMES);
    expect(selectors.quote.prefix.endsWith('phận định tại thiên thư」。')).toBe(true);
    // The same text decomposed (NFD) has more code points but the same 32 graphemes of context.
    const decomposed = { id: 'nfd', text: fn6.text.normalize('NFD') };
    const nfdAt = codePointIndexOf(decomposed.text, '此詩句');
    const nfd = describe(decomposed, nfdAt, nfdAt + 3);
    expect(graphemeCount(nfd.quote.prefix)).toBe(CONTEXT_GRAPHEMES);
    expect(codePointLength(nfd.quote.prefix)).toBeGreaterThan(CONTEXT_GRAPHEMES);
    expect(nfd.quote.prefix.normalize('NFC')).toBe(selectors.quote.prefix);
  });
});

group('fallbacks', () => {
  it('a position that no longer holds the quote falls back to the quote in context', () => {
    const selectors = selectorsAt('s2.1-p10', '非軍事手段');
    const stale = {
      ...selectors,
      position: {
        ...selectors.position,
        start: selectors.position.start + 3,
        end: selectors.position.end + 3,
      },
    };
    expect(anchor(document, stale)).toMatchObject({
      status: 'anchored',
      strategy: 'quote',
      blockId: 's2.1-p10',
      start: selectors.position.start,
      end: selectors.position.end,
      moved: false,
    });
  });

  it('a block id that no longer exists: the quote in context, anywhere in the document', () => {
    const selectors = selectorsAt('s4.2-p6', 'Chính sách quốc phòng ba không');
    expect(anchor(document, { ...selectors, blockId: 's4.2-p99' })).toMatchObject({
      status: 'anchored',
      strategy: 'quote',
      blockId: 's4.2-p6',
      start: selectors.position.start,
      moved: true,
    });
  });

  it('identical footnotes 2 and 3 without their block id are ambiguous: an orphan', () => {
    expect(blockById('fn-2').text).toBe(blockById('fn-3').text);
    const selectors = describe(blockById('fn-2'), 3, 9);
    const result = anchor(document, { ...selectors, blockId: 'fn-99' });
    expect(result.status).toBe('orphan');
    expect(result.status === 'orphan' && result.reason).toMatch(/ambiguous.*fn-2, fn-3/u);
  });

  it('a quote with a character changed is placed by fuzzy match, at or above the minimum', () => {
    const block = blockById('s4.3-p6');
    const selectors = selectorsAt('s4.3-p6', '中鐵六局在河內市承建的「吉靈—河東捷運');
    const edited = block.text.replace('中鐵六局在河內市承建', '中鐵六局在河内市承建');
    expect(edited).not.toBe(block.text);
    const result = anchor(withText(block, edited), selectors);
    expect(result).toMatchObject({
      status: 'anchored',
      strategy: 'fuzzy',
      blockId: 's4.3-p6',
      start: selectors.position.start,
      end: selectors.position.end,
    });
    expect(result.status === 'anchored' && result.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('a deleted passage is an orphan, with the closest rejected passage for the record', () => {
    const block = blockById('s4.3-p6');
    const selectors = selectorsAt('s4.3-p6', '中鐵六局在河內市承建的「吉靈—河東捷運');
    const result = anchor(
      withText(block, block.text.replace('中鐵六局在河內市承建的「吉靈—河東捷運', '')),
      selectors,
    );
    expect(result.status).toBe('orphan');
  });

  it('a deleted term is not moved to the same term elsewhere in its paragraph', () => {
    // s2.1-p13 has 避險 several times; remove the first and anchor its annotation.
    const block = blockById('s2.1-p13');
    const first = codePointIndexOf(block.text, '避險');
    const second = block.text.indexOf('避險', block.text.indexOf('避險') + 1);
    expect(second).toBeGreaterThan(0);
    const selectors = describe(block, first, first + 2);
    const chars = Array.from(block.text);
    chars.splice(first, 2);
    const result = anchor(withText(block, chars.join('')), selectors);
    expect(result.status).toBe('orphan');
  });

  it('with its passage blanked out, no test annotation is placed anywhere in its block', () => {
    const placed: string[] = [];
    for (const span of spans) {
      const block = blockById(span.blockId);
      const chars = Array.from(block.text);
      for (let i = span.start; i < span.end; i++) chars[i] = '\u0001';
      const result = anchor(withText(block, chars.join('')), describe(block, span.start, span.end));
      if (result.status === 'anchored')
        placed.push(
          `${span.blockId} [${span.start}, ${span.end}) → ${result.blockId} [${result.start}, ${result.end}) ${result.score}`,
        );
    }
    expect(placed).toEqual([]);
  });

  it('the source line shared by table 1 and the appendix does not move from one to the other', () => {
    const source = blockById('appendix-source');
    expect(source.text).toBe('資料來源：作者整理。');
    expect(blockById('table-1').text.endsWith(source.text)).toBe(true);
    // The appendix's source line deleted, and its block id gone with it.
    const selectors = describe(source, 0, 6);
    const result = anchor(withText(source, '\u0001'.repeat(10)), {
      ...selectors,
      blockId: 'appendix-gone',
    });
    expect(result.status).toBe('orphan');
  });

  it('an empty quote is an orphan, not an exception', () => {
    const selectors = selectorsAt('s1-p1', '冷戰結束');
    expect(
      anchor(document, { ...selectors, quote: { ...selectors.quote, exact: '' } }),
    ).toMatchObject({ status: 'orphan' });
  });
});
