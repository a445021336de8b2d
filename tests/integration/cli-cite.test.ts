/** The citation commands as a user or a script runs them: cite, sources, cite-passage, export. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

interface SourceJson {
  key: string;
  label: string;
  kind: string;
  language: string;
  citations: { blockId: string; page: number; locator: string; narrative: boolean; raw: string }[];
}

const json = <T>(stdout: string) => JSON.parse(stdout) as T;

describe('cli sources --json', () => {
  const run = runCli(['sources', '--json']);
  const output = json<{ sources: SourceJson[] }>(run.stdout);

  it("prints exactly SPEC's shape, for every cited work, and nothing else", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(Object.keys(output)).toEqual(['sources']);
    expect(output.sources).toHaveLength(104);
    for (const source of output.sources) {
      expect(Object.keys(source)).toEqual(['key', 'label', 'kind', 'language', 'citations']);
      for (const c of source.citations)
        expect(Object.keys(c)).toEqual(['blockId', 'page', 'locator', 'narrative', 'raw']);
    }
    expect(output.sources.reduce((n, s) => n + s.citations.length, 0)).toBe(151);
  });

  it('labels works as the article writes them', () => {
    const labels = output.sources.map((s) => s.label);
    for (const label of [
      'Kuik 2008',
      '吳玉山 2009',
      'Dan Tri 2018c',
      'Tran, Vieira, and Ferreira-Pereira 2013',
    ]) {
      expect(labels).toContain(label);
    }
  });
});

describe('cli cite QUERY --json', () => {
  it('answers "Pape 2005": where, on which pages, for which of Pape\'s pages', () => {
    const run = runCli(['cite', 'Pape', '2005', '--json']);
    expect(run.status).toBe(0);
    expect(json<{ sources: SourceJson[] }>(run.stdout)).toEqual({
      sources: [
        {
          key: 'pape-2005',
          label: 'Pape 2005',
          kind: 'scholarship',
          language: 'en',
          citations: [
            {
              blockId: 's2.1-p10',
              page: 150,
              locator: '10',
              narrative: false,
              raw: 'Pape 2005, 10',
            },
            {
              blockId: 's2.1-p10',
              page: 150,
              locator: '17',
              narrative: false,
              raw: 'Pape 2005, 17',
            },
            {
              blockId: 's2.1-p10',
              page: 150,
              locator: '17',
              narrative: false,
              raw: 'Pape 2005, 17',
            },
            {
              blockId: 's2.1-p11',
              page: 150,
              locator: '36-38',
              narrative: true,
              raw: 'Pape（2005, 36-38）',
            },
            {
              blockId: 's2.1-p12',
              page: 150,
              locator: '43',
              narrative: true,
              raw: 'Pape（2005, 43）',
            },
            {
              blockId: 's4.4-p9',
              page: 174,
              locator: '38',
              narrative: true,
              raw: 'Pape（2005, 38）',
            },
          ],
        },
      ],
    });
  });

  it('takes an author, a key or a Chinese name', () => {
    const labels = (args: string[]) =>
      json<{ sources: SourceJson[] }>(runCli(['cite', ...args, '--json']).stdout).sources.map(
        (s) => s.label,
      );
    expect(labels(['Kuik'])).toEqual(['Kuik 2008', 'Kuik 2016']);
    expect(labels(['dan-tri-2018c'])).toEqual(['Dan Tri 2018c']);
    expect(labels(['吳玉山2009'])).toEqual(['吳玉山 2009']);
  });

  it('finds nothing with exit 1 and says so on stderr; no query is a usage error', () => {
    const none = runCli(['cite', 'Nobody', '--json']);
    expect(none.status).toBe(1);
    expect(json(none.stdout)).toEqual({ sources: [] });
    expect(none.stderr).toBe('triglot: no cited work matches "Nobody"\n');
    const usage = runCli(['cite', '--json']);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/usage: cite QUERY/u);
  });
});

describe('cli with a damaged sources.json', () => {
  const root = mkdtempSync(join(tmpdir(), 'triglot-sources-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(new URL('../../corpus/nguyen-2020', import.meta.url).pathname, join(root, 'nguyen-2020'), {
    recursive: true,
  });
  const file = join(root, 'nguyen-2020', 'sources.json');
  const original = readFileSync(file, 'utf8');

  it('still lists every citation, marks what is unclassified, and exits 1 naming the problem', () => {
    writeFileSync(file, original.replace('"pape-2005"', '"pape-2006"'));
    const run = runCli(['cite', 'Pape', '--json'], { TRIGLOT_CORPUS_DIR: root });
    expect(run.status).toBe(1);
    const [pape] = json<{ sources: SourceJson[] }>(run.stdout).sources;
    expect(pape).toMatchObject({ label: 'Pape 2005', kind: 'unclassified', language: 'und' });
    expect(pape?.citations).toHaveLength(6);
    expect(run.stderr).toContain('no classification for the cited work "pape-2005" (Pape 2005)');
    expect(run.stderr).toContain('pape-2006: the article cites no work with this key');
  });

  it('reports an unreadable file and keeps working', () => {
    writeFileSync(file, '{ not json');
    const run = runCli(['sources', '--json'], { TRIGLOT_CORPUS_DIR: root });
    expect(run.status).toBe(1);
    expect(json<{ sources: SourceJson[] }>(run.stdout).sources).toHaveLength(104);
    expect(run.stderr).toMatch(/sources\.json: not valid JSON/u);
  });
});

describe('cli cite-passage', () => {
  it('prints the Chicago and APA strings, page(s) and permalink as one JSON document', () => {
    const run = runCli(['cite-passage', 's4.2-p6', '--json']);
    expect(run.status).toBe(0);
    const out = json<{
      pages: number[];
      permalink: string;
      styles: Record<string, { inText: string; text: string }>;
    }>(run.stdout);
    expect(out.pages).toEqual([166, 166]);
    expect(out.permalink).toBe('?doc=nguyen-2020&block=s4.2-p6');
    expect(out.styles['chicago-author-date']?.inText).toBe('(Nguyen 2020, 166)');
    expect(out.styles.apa?.inText).toBe('(Nguyen, 2020, p. 166)');
  });

  it("takes a selection, a project-text caveat and the reader's URL", () => {
    const run = runCli([
      'cite-passage',
      's3-p6',
      '--start',
      '270',
      '--end',
      '300',
      '--project',
      'gloss',
      '--base',
      'https://example.org/r/',
      '--json',
    ]);
    expect(run.status).toBe(0);
    const out = json<{ locator: string; permalink: string; caveat: { kind: string } }>(run.stdout);
    expect(out.locator).toBe('159-160');
    expect(out.permalink).toBe(
      'https://example.org/r/?doc=nguyen-2020&block=s3-p6&start=270&end=300',
    );
    expect(out.caveat.kind).toBe('gloss');
  });

  it('rejects bad input with a message naming what is wrong', () => {
    const cases: [string[], number, RegExp][] = [
      [['cite-passage', 'nope'], 1, /no block "nope"/u],
      [['cite-passage', 's1-p1', '--start', '5'], 2, /--end: expected a code-point offset/u],
      [
        ['cite-passage', 's1-p1', '--start', '9', '--end', '3'],
        1,
        /range 9–3 is not a non-empty selection/u,
      ],
      [
        ['cite-passage', 's1-p1', '--project', 'opinion'],
        2,
        /--project: expected one of paraphrase, gloss/u,
      ],
      [['cite-passage', 's1-p1', '--base', 'not a url'], 2, /--base: expected an absolute URL/u],
      [['cite-passage'], 2, /usage: cite-passage BLOCK_ID/u],
    ];
    for (const [args, status, message] of cases) {
      const run = runCli([...args, '--json']);
      expect([args.join(' '), run.status, run.stdout]).toEqual([args.join(' '), status, '']);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('cli export csl|bibtex|ris', () => {
  it('prints each record on stdout', () => {
    const csl = runCli(['export', 'csl']);
    expect(csl.status).toBe(0);
    expect(json<{ id: string }[]>(csl.stdout)[0]?.id).toBe('nguyen-2020');
    expect(runCli(['export', 'bibtex']).stdout).toMatch(/^@article\{nguyen-2020,/u);
    expect(runCli(['export', 'ris']).stdout).toMatch(/^TY {2}- JOUR\r\n/u);
  });
});
