import { describe, expect, it } from 'vitest';
import {
  excerpt,
  keywordInContext,
  pageAt,
  sectionPath,
} from '../../../app/web/annotations/passage-info';
import { blockContaining, codePointIndexOf, realDocument } from '../../helpers/real-document';

describe('where a passage is', () => {
  const document = realDocument();

  it('names sections as the article numbers them, or by title where it has no number', () => {
    expect(sectionPath(document, 's2.3.2-p3')).toEqual({ text: '貳三（二）', lang: 'zh-Hant' });
    expect(sectionPath(document, 's4.4-p4')).toEqual({ text: '肆四', lang: 'zh-Hant' });
    expect(sectionPath(document, 's1-p4')).toEqual({ text: '壹', lang: 'zh-Hant' });
    expect(sectionPath(document, 'abstract-p1')).toEqual({ text: '摘要', lang: 'zh-Hant' });
    expect(sectionPath(document, 'appendix-e12')).toEqual({ text: '附錄', lang: 'zh-Hant' });
    expect(sectionPath(document, 'abstract-en-p1').lang).toBe('en');
  });

  it('gives the print page where a passage begins, across a page break', () => {
    // 「路」項目 opens p. 156 in the middle of s2.3.2-p5 (source.txt, checked by the reader tests).
    const block = blockContaining('路」項目');
    const offset = codePointIndexOf(block.text, '路」項目');
    expect(pageAt(document, block.id, offset)).toBe(156);
    expect(pageAt(document, block.id, offset - 1)).toBe(155);
    expect(pageAt(document, 'nope', 0)).toBeNull();
  });

  it('cuts excerpts and keyword-in-context lines at code points', () => {
    const block = blockContaining('本文的論點為');
    const text = Array.from(block.text);
    const cp = codePointIndexOf(block.text, '軟制衡');
    const line = keywordInContext(document, block.id, cp, cp + 3, 5);
    expect(line.keyword).toBe('軟制衡');
    expect(line.left).toBe(`…${text.slice(cp - 5, cp).join('')}`);
    expect(line.right).toBe(`${text.slice(cp + 3, cp + 8).join('')}…`);
    expect(excerpt(document, block.id, 0, text.length, 4)).toBe(`${text.slice(0, 4).join('')}…`);
  });
});
