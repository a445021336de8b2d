import { describe, expect, it } from 'vitest';
import { keywordInContext } from '../../../../app/web/citations/keyword-in-context';
import { blockById, codePointIndexOf } from '../../../helpers/real-document';

describe('keyword in context', () => {
  it('shows a citation of the real article with the words around it', () => {
    const block = blockById('s2.1-p11');
    const start = codePointIndexOf(block.text, 'Pape（2005, 36-38）');
    const snippet = keywordInContext(block.text, start, start + 'Pape（2005, 36-38）'.length, 6, 4);
    expect(snippet.match).toBe('Pape（2005, 36-38）');
    expect(snippet.before).toBe('為軟制衡。而');
    expect(snippet.after).toBe('所提出的');
    expect(snippet).toMatchObject({ clippedBefore: true, clippedAfter: true });
  });

  it('counts code points, not UTF-16 units, and says when nothing is cut', () => {
    const text = '𠀋a（Kuik 2008）b';
    const snippet = keywordInContext(text, 3, 12, 10, 10);
    expect(snippet).toEqual({
      before: '𠀋a（',
      match: 'Kuik 2008',
      after: '）b',
      clippedBefore: false,
      clippedAfter: false,
    });
  });
});
