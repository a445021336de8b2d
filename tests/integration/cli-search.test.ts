import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { realDocument } from '../helpers/real-document';
import { plainCount, scanBlocks, simpleLatinFold } from '../helpers/search';

interface SearchJson {
  query: string;
  total: number;
  hits: {
    blockId: string;
    kind: string;
    lang: string;
    pages: [number, number];
    matches: number;
    snippet: string;
  }[];
}

const search = (...args: string[]) => {
  const run = runCli(['search', ...args, '--json']);
  return { run, json: run.status === 0 ? (JSON.parse(run.stdout) as SearchJson) : null };
};

describe('cli search --json', () => {
  it('prints exactly SPEC’s shape and nothing else', () => {
    const { run, json } = search('Bien', 'Dong');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(Object.keys(json ?? {})).toEqual(['query', 'total', 'hits']);
    expect(json?.query).toBe('Bien Dong');
    expect(json?.total).toBe(1);
    const [hit] = json?.hits ?? [];
    expect(Object.keys(hit ?? {})).toEqual([
      'blockId',
      'kind',
      'lang',
      'pages',
      'matches',
      'snippet',
    ]);
    const block = realDocument().blocks.find((b) => simpleLatinFold(b.text).includes('bien dong'));
    expect(hit).toMatchObject({
      blockId: block?.id,
      kind: block?.kind,
      lang: block?.lang,
      pages: block?.pages,
      matches: plainCount(block?.text ?? '', 'Biển Đông'),
    });
    expect(hit?.matches).toBe(1);
    expect(hit?.snippet).toContain('Biển Đông');
  });

  it('counts occurrences per block and hits in total, as a plain scan does', () => {
    const { json } = search('越南');
    const expected = scanBlocks((t) => plainCount(t, '越南'));
    expect(json?.total).toBe(expected.size);
    expect(json?.hits.length).toBe(json?.total);
    expect(new Map(json?.hits.map((h) => [h.blockId, h.matches]))).toEqual(expected);
  });

  it('filters by kind, language and layer', () => {
    const footnotes = search('越南', '--kind', 'footnote,table').json;
    expect(footnotes?.hits.every((h) => h.kind === 'footnote' || h.kind === 'table')).toBe(true);
    expect(footnotes?.total).toBe(
      realDocument().blocks.filter(
        (b) => (b.kind === 'footnote' || b.kind === 'table') && b.text.includes('越南'),
      ).length,
    );
    const english = search('Vietnam', '--lang', 'en').json;
    expect(english?.total).toBeGreaterThan(0);
    expect(english?.hits.every((h) => h.lang === 'en')).toBe(true);
    expect(search('越南', '--layer', 'text').json?.total).toBe(search('越南').json?.total);
    expect(search('越南', '--layer', 'claim').json?.total).toBe(0);
  });

  it('--exact turns every fold off', () => {
    expect(search('hd-981', '--exact').json?.total).toBe(0);
    expect(search('HD-981', '--exact').json?.total).toBe(
      scanBlocks((t) => plainCount(t, 'HD-981')).size,
    );
    expect(search('软制衡', '--exact').json?.total).toBe(0);
    expect(search('软制衡').json?.total).toBe(scanBlocks((t) => plainCount(t, '軟制衡')).size);
    expect(search('Bien', 'Dong', '--folds', 'case,width').json?.total).toBe(0);
  });

  it('takes exclusions inside one argument, or after --', () => {
    const expected = scanBlocks((t) => (t.includes('軟制衡') ? 0 : plainCount(t, '避險'))).size;
    expect(search('避險 -軟制衡').json?.total).toBe(expected);
    const run = runCli(['search', '--json', '避險', '--', '-軟制衡']);
    expect((JSON.parse(run.stdout) as SearchJson).total).toBe(expected);
  });

  it('searches one document with --doc', () => {
    expect(search('越南', '--doc', 'nguyen-2020').json?.total).toBe(search('越南').json?.total);
  });

  it.each([
    [['search', '--json'], /the query is empty/u],
    [['search', '  ', '--json'], /the query is empty/u],
    [['search', '--json', '--', '-越南'], /only excludes/u],
    [['search', '越南', '--kind', 'foot', '--json'], /--kind: unknown value "foot"/u],
    [['search', '越南', '--layer', 'claims', '--json'], /--layer: unknown value "claims"/u],
    [['search', '越南', '--folds', 'accents', '--json'], /--folds: unknown fold "accents"/u],
    [['search', '越南', '--order', 'random', '--json'], /--order/u],
    [['search', '越南', '--doc', 'nope', '--json'], /unknown document "nope"/u],
  ])('%j fails with a message on stderr and nothing on stdout', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('treats regex characters and emoji as text', () => {
    expect(search('.*').json?.total).toBe(0);
    expect(search('😀').json?.total).toBe(0);
  });
});

describe('cli search (text output)', () => {
  it('marks each occurrence in the snippet', () => {
    const run = runCli(['search', 'Bien', 'Dong']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 hit(s) for "Bien Dong"');
    expect(run.stdout).toContain('⟦Biển Đông⟧');
  });
});
