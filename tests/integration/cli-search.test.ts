import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const { json } = search('越南', '--layer', 'text');
    const expected = scanBlocks((t) => plainCount(t, '越南'));
    expect(json?.total).toBe(expected.size);
    expect(json?.hits.length).toBe(json?.total);
    expect(new Map(json?.hits.map((h) => [h.blockId, h.matches]))).toEqual(expected);
    // Without a filter, the glossary entries and annotation notes that name 越南 are hits too.
    const all = search('越南').json;
    expect(all?.hits.length).toBe(all?.total);
    const blocks = all?.hits.filter((h) => h.kind !== 'glossary-entry' && h.kind !== 'annotation');
    expect(new Map(blocks?.map((h) => [h.blockId, h.matches]))).toEqual(expected);
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
    expect(search('越南', '--layer', 'text').json?.total).toBe(
      scanBlocks((t) => plainCount(t, '越南')).size,
    );
    // Claim paraphrases are English: no Chinese in them.
    expect(search('越南', '--layer', 'claim').json?.total).toBe(0);
  });

  it('--exact turns every fold off', () => {
    expect(search('hd-981', '--exact').json?.total).toBe(0);
    expect(search('HD-981', '--exact', '--layer', 'text').json?.total).toBe(
      scanBlocks((t) => plainCount(t, 'HD-981')).size,
    );
    expect(search('软制衡', '--exact').json?.total).toBe(0);
    expect(search('软制衡', '--layer', 'text').json?.total).toBe(
      scanBlocks((t) => plainCount(t, '軟制衡')).size,
    );
    expect(search('Bien', 'Dong', '--folds', 'case,width').json?.total).toBe(0);
  });

  it('takes exclusions inside one argument, or after --', () => {
    const expected = scanBlocks((t) => (t.includes('軟制衡') ? 0 : plainCount(t, '避險'))).size;
    expect(search('避險 -軟制衡', '--layer', 'text').json?.total).toBe(expected);
    const run = runCli(['search', '--json', '--layer', 'text', '避險', '--', '-軟制衡']);
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

/** The text bodies of a layer file, read as plain JSON: [block id, body text] per annotation. */
function layerBodies(layer: string): [string, string][] {
  const url = new URL(`../../annotations/nguyen-2020/${layer}.jsonld`, import.meta.url);
  const page = JSON.parse(readFileSync(url, 'utf8')) as {
    items: {
      body: { type: string; value?: string }[];
      target: { selector: { type: string; value?: string }[] };
    }[];
  };
  return page.items.map((item) => [
    item.target.selector.find((s) => s.type === 'FragmentSelector')?.value ?? '',
    item.body
      .filter((b) => b.type === 'TextualBody')
      .map((b) => b.value ?? '')
      .join('\n'),
  ]);
}

describe('cli search: annotation bodies and the glossary', () => {
  it('--layer claim searches the claim paraphrases, hit by hit as a plain scan counts them', () => {
    const expected = layerBodies('claim')
      .map(([blockId, text]) => [blockId, plainCount(text.toLowerCase(), 'hedging')] as const)
      .filter(([, n]) => n > 0)
      .map(([blockId, n]) => `${blockId}:${n}`)
      .sort();
    expect(expected.length).toBeGreaterThan(3);
    const { json } = search('hedging', '--layer', 'claim');
    expect(json?.total).toBe(expected.length);
    expect(json?.hits.every((h) => h.kind === 'annotation' && h.lang === 'en')).toBe(true);
    expect(json?.hits.map((h) => `${h.blockId}:${h.matches}`).sort()).toEqual(expected);
  });

  it('searches editorial corrections: the article’s Hoảng Sa and its correction Hoàng Sa', () => {
    const editorial = layerBodies('editorial').filter(([, text]) => text.includes('Hoàng Sa'));
    expect(editorial.length).toBeGreaterThan(0);
    const { json } = search('Hoàng Sa', '--exact', '--layer', 'editorial');
    expect(json?.hits.map((h) => h.blockId).sort()).toEqual(editorial.map(([id]) => id).sort());
  });

  it('offers 避險 for hedging: the glossary entry is a hit, in SPEC’s shape', () => {
    const { run, json } = search('hedging');
    expect(run.stderr).toBe('');
    expect(Object.keys(json ?? {})).toEqual(['query', 'total', 'hits']);
    const entry = json?.hits.find((h) => h.blockId === 'glossary:hedging');
    expect(entry).toMatchObject({ kind: 'glossary-entry', lang: 'mul', pages: null });
    expect(entry?.snippet).toContain('避險');
    const glossary = JSON.parse(
      readFileSync(new URL('../../annotations/nguyen-2020/glossary.json', import.meta.url), 'utf8'),
    ) as { terms: { id: string; zh: string[] }[] };
    expect(glossary.terms.find((t) => t.id === 'hedging')?.zh).toContain('避險');
    expect(search('hedging', '--layer', 'glossary').json?.hits[0]?.blockId).toBe(
      'glossary:hedging',
    );
    const text = runCli(['search', 'hedging']);
    expect(text.stdout).toMatch(/^glossary: 避險 \/ /mu);
  });

  it('keeps searching the text when a layer file is broken, and says so on stderr', () => {
    const dir = brokenAnnotationsCopy();
    const run = runCli(['search', '越南', '--json'], { TRIGLOT_ANNOTATIONS_DIR: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/problem\(s\) in the annotation layers of nguyen-2020/u);
    const json = JSON.parse(run.stdout) as SearchJson;
    expect(json.total).toBeGreaterThanOrEqual(scanBlocks((t) => plainCount(t, '越南')).size);
  });
});

/** A copy of the real annotation folder whose claim layer is not JSON. */
function brokenAnnotationsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'triglot-search-'));
  cpSync(
    new URL('../../annotations/nguyen-2020', import.meta.url).pathname,
    join(dir, 'nguyen-2020'),
    {
      recursive: true,
    },
  );
  writeFileSync(join(dir, 'nguyen-2020', 'claim.jsonld'), '{ "items": [ ');
  return dir;
}

describe('cli search (text output)', () => {
  it('marks each occurrence in the snippet', () => {
    const run = runCli(['search', 'Bien', 'Dong']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 hit(s) for "Bien Dong"');
    expect(run.stdout).toContain('⟦Biển Đông⟧');
  });
});
