import { describe, expect, it } from 'vitest';
import { langRuns } from '../../../app/web/reader/lang-runs';
import { pageStarts } from '../../../app/web/reader/page-starts';
import { segmentBlock } from '../../../app/web/reader/segments';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById, realDocument } from '../../helpers/real-document';

describe('inline segments of the real article', () => {
  it('puts the p. 156 marker before 「路」 and footnote 4 after 「都要少。」', () => {
    const block = blockById('s2.3.2-p5');
    const starts = pageStarts(realDocument()).filter((s) => s.blockId === block.id);
    const segments = segmentBlock({
      text: block.text,
      pageBreaks: starts,
      footnoteRefs: block.footnoteRefs,
      langRuns: langRuns(block.text, block.lang),
      marks: [],
    });
    const page = segments.findIndex((s) => s.type === 'page' && s.page === 156);
    const before = segments[page - 1];
    const after = segments[page + 1];
    expect(before?.type === 'text' && before.text.endsWith('「一帶一')).toBe(true);
    expect(after?.type === 'text' && after.text.startsWith('路」項目')).toBe(true);
    const note = segments.findIndex((s) => s.type === 'footnote' && s.n === 4);
    const beforeNote = segments[note - 1];
    expect(beforeNote?.type === 'text' && beforeNote.text.endsWith('都要少。')).toBe(true);
    expect(
      segments
        .filter((s) => s.type === 'text')
        .map((s) => (s.type === 'text' ? s.text : ''))
        .join(''),
    ).toBe(block.text);
  });

  it('marks Vietnamese and English runs inside Chinese text', () => {
    const block = blockById('fn-6');
    const runs = langRuns(block.text, block.lang).map((r) => [
      sliceCodePoints(block.text, r.start, r.end),
      r.lang,
    ]);
    expect(runs).toContainEqual([
      'Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư',
      'vi',
    ]);
    expect(runs).toContainEqual(['Nam quốc sơn hà', 'vi']);
    const intro = blockById('s1-p1');
    expect(
      langRuns(intro.text, intro.lang).map((r) => [
        sliceCodePoints(intro.text, r.start, r.end),
        r.lang,
      ]),
    ).toContainEqual(['Kang 2003; Kuik 2008; Chan 2010; Le 2013; Kuik 2016', 'en']);
  });

  it('starts every print page exactly once, in order', () => {
    const starts = pageStarts(realDocument());
    expect(starts.map((s) => s.page)).toEqual(Array.from({ length: 38 }, (_, i) => 143 + i));
    const page162 = starts.find((s) => s.page === 162);
    expect(
      page162 &&
        sliceCodePoints(blockById(page162.blockId).text, page162.offset).startsWith(
          '願意訪美極具意義',
        ),
    ).toBe(true);
  });
});
