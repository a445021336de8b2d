import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../../corpus/pipeline/block-sink';
import type { TextLine } from '../../../corpus/pipeline/footnotes';
import { joinLines } from '../../../corpus/pipeline/join-lines';
import { keywordSpans } from '../../../corpus/pipeline/keywords';
import { isoRange } from '../../../corpus/pipeline/timeline';
import {
  codePointLength,
  codePointToUtf16,
  sliceCodePoints,
  utf16ToCodePoint,
} from '../../../corpus/text/code-points';
import { SOURCE_PATH } from '../../helpers/real-document';

const line = (n: number, text: string, extra: Partial<TextLine> = {}): TextLine => ({
  n,
  text,
  page: 1,
  leadingSpace: false,
  trailingSpace: false,
  markers: [],
  continuesPrintLine: false,
  ...extra,
});

describe('source.txt', () => {
  it('is the seed byte for byte', () => {
    // sha256 of ../shared/seeds/000_e7d35d86b0b34540.txt, the article as delivered.
    const hash = createHash('sha256').update(readFileSync(SOURCE_PATH)).digest('hex');
    expect(hash).toBe('660802f520cbfc275e8097d3a3df9adf68022412099c5499a2f3d175b09c0c71');
  });
});

describe('code points', () => {
  it('counts a non-BMP CJK character once', () => {
    const text = '𠀀越南 Biển Đông';
    expect(text.length).toBe(14);
    expect(codePointLength(text)).toBe(13);
    expect(sliceCodePoints(text, 1, 3)).toBe('越南');
    expect(codePointToUtf16(text, 1)).toBe(2);
    expect(utf16ToCodePoint(text, 2)).toBe(1);
  });
});

describe('joining print lines', () => {
  it('keeps a space only between Latin words broken at a line end', () => {
    const joined = joinLines([
      line(1, '言論（Dan', { trailingSpace: true }),
      line(2, 'Tri 2018c）。中國在越南所施展的「一帶一'),
      line(3, '路」項目', { page: 2 }),
    ]);
    expect(joined.text).toBe('言論（Dan Tri 2018c）。中國在越南所施展的「一帶一路」項目');
    expect(joined.pageBreaks).toEqual([
      { offset: codePointLength('言論（Dan Tri 2018c）。中國在越南所施展的「一帶一'), page: 2 },
    ]);
    expect(joined.pages).toEqual([1, 2]);
  });
  it('joins a hyphenated word without a space and records markers at code-point offsets', () => {
    const joined = joinLines([
      line(1, 'DDG-'),
      line(2, '54）抵達𠀀港。', { markers: [{ n: 3, offset: 7 }] }),
    ]);
    expect(joined.text).toBe('DDG-54）抵達𠀀港。');
    expect(joined.footnoteRefs).toEqual([{ n: 3, offset: 11 }]);
  });
});

describe('small readers', () => {
  it('reads printed Chinese dates as ISO ranges', () => {
    expect(isoRange('2000年11月16日至19日')).toEqual({ start: '2000-11-16', end: '2000-11-19' });
    expect(isoRange('1997年4月至5月')).toEqual({ start: '1997-04', end: '1997-05' });
    expect(isoRange('2011年9月')).toEqual({ start: '2011-09', end: '2011-09' });
    expect(isoRange('九月')).toBeNull();
  });
  it('reads Chinese section numerals', () => {
    expect(['一', '四', '十', '十一', '二十三'].map(chineseNumber)).toEqual([1, 4, 10, 11, 23]);
  });
  it('finds keywords after their label', () => {
    const text = 'Keywords: Vietnam-China Relations, the United States';
    expect(
      keywordSpans(text, 'Keywords:').map((s) => sliceCodePoints(text, s.start, s.end)),
    ).toEqual(['Vietnam-China Relations', 'the United States']);
  });
});
