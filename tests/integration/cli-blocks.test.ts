import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

interface BlockJson {
  id: string;
  kind: string;
  lang: string;
  section: string;
  pages: [number, number];
  pageBreaks: { offset: number; page: number }[];
  text: string;
  footnoteRefs: { n: number; offset: number }[];
  footnote?: number;
  table?: { rows: string[][] };
}

describe('cli blocks --json', () => {
  const run = runCli(['blocks', '--json']);
  const output = JSON.parse(run.stdout) as { doc: string; blocks: BlockJson[] };

  it('prints one JSON document with the documented shape and nothing else', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(Object.keys(output)).toEqual(['doc', 'blocks']);
    expect(output.doc).toBe('nguyen-2020');
    const base = ['id', 'kind', 'lang', 'section', 'pages', 'pageBreaks', 'text', 'footnoteRefs'];
    for (const block of output.blocks) {
      const extra =
        block.kind === 'footnote' ? ['footnote'] : block.kind === 'table' ? ['table'] : [];
      expect(Object.keys(block)).toEqual([...base, ...extra]);
    }
  });

  it('gives tables as rows of cell strings and footnotes their number', () => {
    const t1 = output.blocks.find((b) => b.id === 'table-1');
    expect(t1?.table?.rows[2]).toEqual(['美國的支持強', '軟制衡（自2014年至今）', '未發生']);
    expect(output.blocks.filter((b) => b.kind === 'footnote').map((b) => b.footnote)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });
});

describe('cli page N --json', () => {
  it('shows page 156 as the printed page has it', () => {
    const run = runCli(['page', '156', '--json']);
    expect(run.status).toBe(0);
    const { blocks } = JSON.parse(run.stdout) as { blocks: BlockJson[] };
    const continued = blocks[0] as BlockJson;
    expect(continued.pages).toEqual([155, 156]);
    const chars = Array.from(continued.text);
    const ref = continued.footnoteRefs.find((r) => r.n === 4);
    expect(ref).toBeDefined();
    const before = chars.slice(0, ref?.offset).join('');
    const after = chars.slice(ref?.offset).join('');
    expect(before.endsWith('「一帶一路」項目較任何一個東南亞國家的都要少。')).toBe(true);
    expect(after.startsWith('此與Copeland（1996）所提出的')).toBe(true);
    expect(continued.text).not.toMatch(/少。\s*4/u);
    const breakAt = continued.pageBreaks[0];
    expect(breakAt?.page).toBe(156);
    expect(chars.slice(breakAt?.offset).join('').startsWith('路」項目')).toBe(true);
    const footnote = blocks.find((b) => b.id === 'fn-4');
    expect(footnote?.text.startsWith('越南國內各地於2018年6月期間爆發一場大規模的抗議遊行')).toBe(
      true,
    );
    expect(blocks.every((b) => b.pages[0] <= 156 && 156 <= b.pages[1])).toBe(true);
    expect(blocks.map((b) => b.id)).toContain('s2.3.2-p6');
  });

  it.each([
    [['page', '999', '--json'], /page 999 is not in nguyen-2020/u],
    [['page', 'x', '--json'], /usage: page N/u],
    [['blocks', '--doc', 'nope', '--json'], /unknown document "nope"/u],
    [['frobnicate'], /unknown command "frobnicate"/u],
  ])('%j fails with a message on stderr and nothing on stdout', (args, message) => {
    const run = runCli(args);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
