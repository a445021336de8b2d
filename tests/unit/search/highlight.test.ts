import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../app/search/engine/highlight';
import { makeSnippet, snippetLine } from '../../../app/search/engine/snippet';
import type { Folds } from '../../../app/search/normalize/folds';
import { DEFAULT_FOLDS, NO_FOLDS } from '../../../app/search/normalize/folds';
import { compileQuery } from '../../../app/search/query/compile-query';
import { parseQuery } from '../../../app/search/query/parse-query';
import { normalizeTextChecked, normalizeWithMap } from '../../../app/search/normalize/normalize';
import { realEngine } from '../../helpers/search';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById, codePointIndexOf } from '../../helpers/real-document';

const ranges = (text: string, query: string, folds: Folds = DEFAULT_FOLDS) =>
  highlightRanges(text, compileQuery(parseQuery(query), folds, 'bigrams').include, folds);

const graphemeBounds = (text: string): Set<number> => {
  const bounds = new Set<number>([0]);
  let cp = 0;
  for (const { segment } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) {
    cp += Array.from(segment).length;
    bounds.add(cp);
  }
  return bounds;
};

describe('highlight ranges (our offset map, code points of the original text)', () => {
  it('marks Biển Đông in the real paragraph when the query is Bien Dong', () => {
    const text = blockById('s1-p2').text;
    const bien = codePointIndexOf(text, 'Biển');
    const dong = codePointIndexOf(text, 'Đông');
    expect(bien).toBeGreaterThan(0);
    expect(dong).toBe(bien + 5);
    expect(ranges(text, 'Bien Dong')).toEqual([{ start: bien, end: dong + 4 }]);
    expect(ranges(text, '"Bien Dong"')).toEqual([{ start: bien, end: dong + 4 }]);
    expect(ranges(text, 'Bien "Dong"')).toEqual([
      { start: bien, end: bien + 4 },
      { start: dong, end: dong + 4 },
    ]);
  });

  it('covers every code point of decomposed stacked marks', () => {
    const text = 'Bãi Tư Chính và Bie\u0302\u0309n Đông';
    const [range] = ranges(text, 'bien');
    expect(range).toBeDefined();
    expect(sliceCodePoints(text, range?.start ?? -1, range?.end)).toBe('Bie\u0302\u0309n');
  });

  it('counts a non-BMP ideograph as one code point', () => {
    const text = '𠀀越南𠀀越南';
    expect(ranges(text, '越南')).toEqual([
      { start: 1, end: 3 },
      { start: 4, end: 6 },
    ]);
  });

  it('maps full-width and simplified matches back to the original characters', () => {
    const text = blockById('s1-p4').text;
    const at = codePointIndexOf(text, 'HD-981');
    expect(ranges(text, 'ＨＤ－９８１')[0]).toEqual({ start: at, end: at + 6 });
    const abstract = blockById('abstract-p1').text;
    const soft = codePointIndexOf(abstract, '軟制衡');
    expect(ranges(abstract, '软制衡')[0]).toEqual({ start: soft, end: soft + 3 });
    expect(ranges(abstract, '软制衡', NO_FOLDS)).toEqual([]);
  });
});

describe('snippets', () => {
  it('keeps the original text around the first occurrence and marks it', () => {
    const text = blockById('s1-p2').text;
    const snippet = makeSnippet(text, ranges(text, 'Bien Dong'));
    expect(snippet.text).toContain('Biển Đông（東海）');
    const [first] = snippet.highlights;
    expect(sliceCodePoints(snippet.text, first?.start ?? -1, first?.end)).toBe('Biển Đông');
    expect(sliceCodePoints(text, snippet.start, snippet.end)).toBe(snippet.text);
    expect(snippetLine(snippet).startsWith('…')).toBe(snippet.cutBefore);
  });

  it('never cuts inside a grapheme cluster', () => {
    // Decomposed Vietnamese everywhere, so that any cut by code points would split a letter.
    const word = 'Bie\u0302\u0309n đa\u0306\u0323ng ';
    const text = `${word.repeat(20)}HD-981 ${word.repeat(20)}`;
    const snippet = makeSnippet(text, ranges(text, 'HD-981'), 10);
    const bounds = graphemeBounds(text);
    expect(bounds.has(snippet.start)).toBe(true);
    expect(bounds.has(snippet.end)).toBe(true);
    expect(snippet.cutBefore && snippet.cutAfter).toBe(true);
    expect(snippet.text).toContain('HD-981');
  });

  it('shows a short block whole', () => {
    const text = blockById('abstract-keywords').text;
    const snippet = makeSnippet(text, ranges(text, '避險'));
    expect(snippet.text).toBe(text);
    expect(snippet.cutBefore || snippet.cutAfter).toBe(false);
  });
});

describe('the identity shortcut', () => {
  it('knows when folded positions are original code points', () => {
    expect(normalizeTextChecked('越南對中國（HD-981）', DEFAULT_FOLDS).identity).toBe(true);
    expect(normalizeTextChecked('Biển Đông', DEFAULT_FOLDS).identity).toBe(true);
    for (const text of ['a…b', 'a  b', 'a\u200bb', '𠀀越南', 'ﬁne', 'Bie\u0302\u0309n', 'ab ']) {
      const checked = normalizeTextChecked(text, DEFAULT_FOLDS);
      const mapped = normalizeWithMap(text, DEFAULT_FOLDS);
      const isIdentity = Array.from(mapped.start).every(
        (s, i) => s === i && mapped.end[i] === i + 1,
      );
      expect(checked.identity).toBe(isIdentity && mapped.text.length === mapped.originalLength);
    }
  });

  it('gives the same ranges as the offset map on every hit of the real article', () => {
    const engine = realEngine();
    for (const query of ['越南', 'Bien Dong', '软制衡', 'Kuik 2008', 'HD-981', '，', '「避險」']) {
      const result = engine.search({ query });
      const plan = compileQuery(parseQuery(query), DEFAULT_FOLDS, 'bigrams');
      for (const hit of result.hits(0, 1000)) {
        const text = blockById(hit.blockId).text;
        expect(hit.ranges).toEqual(highlightRanges(text, plan.include, DEFAULT_FOLDS));
      }
    }
  });
});
