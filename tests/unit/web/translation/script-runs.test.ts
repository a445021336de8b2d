import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../../app/web/translation/script-runs';
import { differenceMarks, splitAtMarks } from '../../../../app/web/translation/difference-pieces';
import type { AlignmentPair, Segment } from '../../../../corpus/alignment/alignment-types';

describe('language runs of the project’s prose', () => {
  it('tags Chinese, Vietnamese (with the plain syllables of a name) and English', () => {
    // The first editorial note of the real layer (hoang-sa).
    expect(
      scriptRuns(
        'Hoàng Sa (Quần đảo Hoàng Sa): the vowel takes the grave (huyền) tone, à, not the hook (hỏi), ả.',
        'en',
      ),
    ).toEqual([
      { text: 'Hoàng Sa', lang: 'vi' },
      { text: ' (', lang: 'en' },
      { text: 'Quần đảo Hoàng Sa', lang: 'vi' },
      { text: '): the vowel takes the grave (', lang: 'en' },
      { text: 'huyền', lang: 'vi' },
      { text: ') tone, ', lang: 'en' },
      { text: 'à', lang: 'vi' },
      { text: ', not the hook (', lang: 'en' },
      { text: 'hỏi', lang: 'vi' },
      { text: '), ', lang: 'en' },
      { text: 'ả', lang: 'vi' },
      { text: '.', lang: 'en' },
    ]);
  });

  it('keeps English names without diacritics English and Chinese in its own script', () => {
    expect(
      scriptRuns('國防部: Nguyễn Chí Vịnh was Deputy Minister of National Defence', 'en'),
    ).toEqual([
      { text: '國防部', lang: 'zh-Hant' },
      { text: ': ', lang: 'en' },
      { text: 'Nguyễn Chí Vịnh', lang: 'vi' },
      { text: ' was Deputy Minister of National Defence', lang: 'en' },
    ]);
  });

  it('reads a Hán-Việt analysis as Vietnamese between its characters', () => {
    expect(scriptRuns('阮 Nguyễn · 富 Phú · 仲 Trọng', 'vi')).toEqual([
      { text: '阮', lang: 'zh-Hant' },
      { text: ' Nguyễn · ', lang: 'vi' },
      { text: '富', lang: 'zh-Hant' },
      { text: ' Phú · ', lang: 'vi' },
      { text: '仲', lang: 'zh-Hant' },
      { text: ' Trọng', lang: 'vi' },
    ]);
  });

  it('loses no character', () => {
    const text = '「避險」（hedging） vs Biển Đông, 2014∼2019 — ok';
    expect(
      scriptRuns(text, 'en')
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});

describe('difference marks', () => {
  const segments: Segment[] = [
    { id: 'zh-1', lang: 'zh-Hant', blockId: 'b', start: 0, end: 9, text: '文獻指出越南自主。' },
    { id: 'en-1', lang: 'en', blockId: 'c', start: 0, end: 22, text: 'Hanoi is a typical one.' },
  ];
  const pair: AlignmentPair = {
    id: 'p',
    zh: ['zh-1'],
    en: ['en-1'],
    status: 'partial',
    differences: [
      { kind: 'omitted', zh: '文獻指出', explanation: 'x' },
      { kind: 'added', en: 'typical', explanation: 'y' },
      { kind: 'changed', zh: '指出越南', en: 'Hanoi', explanation: 'z' },
    ],
  };
  const marks = differenceMarks(pair, (id) => segments.find((s) => s.id === id));

  it('places each quote on its side, numbered by its place in the list', () => {
    expect(marks.get('zh-1')).toEqual([
      { start: 0, end: 4, index: 0, kind: 'omitted' },
      { start: 2, end: 6, index: 2, kind: 'changed' },
    ]);
    expect(marks.get('en-1')).toEqual([
      { start: 11, end: 18, index: 1, kind: 'added' },
      { start: 0, end: 5, index: 2, kind: 'changed' },
    ]);
  });

  it('cuts overlapping quotes into pieces that know every difference covering them', () => {
    const pieces = splitAtMarks(segments[0]?.text ?? '', marks.get('zh-1') ?? []);
    expect(pieces.map((p) => [p.text, p.marks.map((m) => m.index)])).toEqual([
      ['文獻', [0]],
      ['指出', [0, 2]],
      ['越南', [2]],
      ['自主。', []],
    ]);
  });
});
