/**
 * Text conservation: every character of source.txt that is not whitespace, a running head, a
 * page number or a footnote marker ends up in exactly one block, in order. This test rebuilds
 * the source from the blocks by its own simple rules, without the pipeline's code.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../corpus/model/document';
import { realDocument, rawSource } from '../../helpers/real-document';

// Lines that are not text, each justified in corpus/nguyen-2020/layout.json.
const NOT_TEXT = [
  /^\s*從「避險」到「軟制衡」：美國的策略如何改變越南的中國政策，2014∼2019\u3000\d+\s*$/u, // running head
  /^\s*\d+\u3000問題與研究\u3000第59卷第1期\s*$/u, // running head
  /^\s*＊\u3000＊\u3000＊\s*$/u, // divider
  /^\s*日期 事件\s*$/u, // appendix column header, repeated on each page
];

const strip = (text: string) => text.replace(/\s+/gu, '');

/** The block's text with each footnote marker put back where it stood. */
function withMarkers(block: Block): string {
  const chars = Array.from(block.text);
  for (const ref of [...block.footnoteRefs].sort((a, b) => b.offset - a.offset)) {
    chars.splice(ref.offset, 0, String(ref.n));
  }
  return chars.join('');
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: source 「${a.slice(i - 15, i + 25)}」 vs blocks 「${b.slice(i - 15, i + 25)}」`;
}

describe('text conservation against source.txt', () => {
  it('finds every character of the source in exactly one block, in order', () => {
    const kept = rawSource()
      .normalize('NFC')
      .split(/\r?\n/u)
      .filter((line) => !NOT_TEXT.some((re) => re.test(line)))
      .join('\n');
    let source = strip(kept);

    const blocks = realDocument().blocks;
    for (const note of blocks.filter((b) => b.kind === 'footnote')) {
      if (note.kind !== 'footnote') continue;
      const body = `${note.footnote}${strip(note.text)}`;
      const at = source.indexOf(body);
      expect(at, `footnote ${note.footnote} body in the source`).toBeGreaterThanOrEqual(0);
      expect(source.indexOf(body, at + 1), `footnote ${note.footnote} body only once`).toBe(-1);
      source = source.slice(0, at) + source.slice(at + body.length);
    }
    const rebuilt = blocks
      .filter((b) => b.kind !== 'footnote')
      .map((b) => strip(withMarkers(b)))
      .join('');
    if (rebuilt !== source) expect.fail(firstDifference(source, rebuilt));
    expect(rebuilt.length).toBeGreaterThan(30000);
  });

  it('leaves no running head, page number or line break in any block', () => {
    for (const block of realDocument().blocks) {
      expect(block.text).not.toMatch(/[\n\r]/u);
      expect(block.text).not.toContain('問題與研究\u3000第59卷');
      expect(block.text).not.toMatch(/2014∼2019\u3000\d/u);
      expect(block.text).not.toMatch(/^ | $/u);
    }
  });
});
