/**
 * The command line on annotation layers: `validate` (the real corpus with its five layers and its
 * glossary, an empty annotations folder, the fixture layers, damaged copies of them), `export w3c`
 * (accepted by the WG's assertions), `glossary --json`, and what every command makes of an empty
 * annotations folder.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsonLd } from '../../annotations/validate/check-json-ld';
import { checkSuite } from '../../annotations/validate/wg-assertions';
import { FIXTURE_DIR, FIXTURE_DOC } from '../helpers/annotation-fixtures';
import { realDocument } from '../helpers/real-document';
import { runCli } from '../helpers/run-cli';
import { damageFile, folderCopy, tempFolder } from '../helpers/temp-copies';

const fixtureItems = (layer: string) =>
  (
    JSON.parse(readFileSync(join(FIXTURE_DIR, FIXTURE_DOC, `${layer}.jsonld`), 'utf8')) as {
      items: { id: string }[];
    }
  ).items;
const LAYER_ORDER = ['claim', 'evidence', 'term', 'vietnamese', 'editorial'];
const REAL_ANNOTATIONS = new URL('../../annotations/', import.meta.url).pathname;
const REAL_CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const realItems = (layer: string) =>
  (
    JSON.parse(readFileSync(join(REAL_ANNOTATIONS, FIXTURE_DOC, `${layer}.jsonld`), 'utf8')) as {
      items: { id: string; body: { purpose: string; source: string }[] }[];
    }
  ).items;
const tempDir = tempFolder;
const edit = (folder: string, name: string, change: (text: string) => string) =>
  damageFile(join(folder, name), change);

/**
 * A copy of the fixture annotations folder with the real Vietnamese layer in place of the
 * fixture's one tag (the corpus's Vietnamese items require every occurrence tagged), with
 * `damage` applied to it.
 */
function annotationsCopy(damage: (folder: string) => void = () => undefined): string {
  const root = folderCopy(join(FIXTURE_DIR, FIXTURE_DOC));
  cpSync(
    join(REAL_ANNOTATIONS, FIXTURE_DOC, 'vietnamese.jsonld'),
    join(root, FIXTURE_DOC, 'vietnamese.jsonld'),
  );
  damage(join(root, FIXTURE_DOC));
  return root;
}

/** A copy of the corpus whose document has no Vietnamese items (no vietnamese.json). */
function corpusWithoutItems(): string {
  const root = folderCopy(join(REAL_CORPUS, FIXTURE_DOC));
  rmSync(join(root, FIXTURE_DOC, 'vietnamese.json'));
  return root;
}

describe('cli validate with annotation layers', () => {
  it('is clean on the real corpus, with its five layers and its glossary', () => {
    for (const name of [...LAYER_ORDER.map((l) => `${l}.jsonld`), 'glossary.json'])
      expect(existsSync(join(REAL_ANNOTATIONS, FIXTURE_DOC, name)), name).toBe(true);
    const run = runCli(['validate']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok: 1 document(s) valid\n');
    expect(run.status).toBe(0);
  });

  it('on an empty annotations folder, reports only the Vietnamese layer the corpus’s items require', () => {
    const empty = tempDir('triglot-empty-');
    const run = runCli(['validate', '--json'], { TRIGLOT_ANNOTATIONS_DIR: empty });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { problems: { where: string; message: string }[] };
    // No layer and no glossary is no annotation: only the items of corpus/…/vietnamese.json
    // demand a layer, and its absence is one problem counting what it would tag.
    expect(report.problems).toEqual([
      {
        where: expect.stringMatching(
          /triglot-empty-\w+\/nguyen-2020\/vietnamese\.jsonld$/u,
        ) as unknown,
        message: `the layer file is missing, so the ${realItems('vietnamese').length} occurrence(s) that corpus/nguyen-2020/vietnamese.json requires tagged are untagged [coverage]`,
      },
    ]);
  });

  it('is clean on an empty annotations folder for a document without Vietnamese items', () => {
    const run = runCli(['validate'], {
      TRIGLOT_ANNOTATIONS_DIR: tempDir('triglot-empty-'),
      TRIGLOT_CORPUS_DIR: corpusWithoutItems(),
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('is clean on the fixture layers, completed with the Vietnamese layer the items require', () => {
    const run = runCli(['validate'], { TRIGLOT_ANNOTATIONS_DIR: annotationsCopy() });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ok/u);
    expect(run.status).toBe(0);
  });

  it('holds the fixture’s one Vietnamese tag to the corpus’s items: every other occurrence is untagged', () => {
    const run = runCli(['validate', '--json'], { TRIGLOT_ANNOTATIONS_DIR: FIXTURE_DIR });
    expect(run.status).toBe(1);
    const { problems } = JSON.parse(run.stdout) as {
      problems: { where: string; message: string }[];
    };
    // The fixture tags one real occurrence (「Chính sách quốc phòng ba không」 of three-noes).
    expect(problems).toHaveLength(realItems('vietnamese').length - 1);
    for (const problem of problems) {
      expect(problem.where).toMatch(/fixtures\/annotations\/nguyen-2020\/vietnamese\.jsonld$/u);
      expect(problem.message).toMatch(/\) in \S+ \[\d+, \d+\) is not tagged \[coverage\]$/u);
    }
  });

  it.each<[string, (folder: string) => void, RegExp]>([
    [
      'a layer file that is not JSON',
      (f) => edit(f, 'claim.jsonld', (t) => t.slice(0, 200)),
      /nguyen-2020\/claim\.jsonld: not valid JSON .*\[malformed-file\]$/mu,
    ],
    [
      'a file named after no layer',
      (f) => writeFileSync(join(f, 'claims.jsonld'), '{}'),
      /nguyen-2020\/claims\.jsonld: not a layer file.*\[unknown-layer\]$/mu,
    ],
    [
      'a dangling claim link',
      (f) =>
        edit(f, 'evidence.jsonld', (t) =>
          t.replace(
            '"source": "urn:triglot:anno:nguyen-2020:claim:thesis"',
            '"source": "urn:triglot:anno:nguyen-2020:claim:gone"',
          ),
        ),
      /evidence\.jsonld: urn:triglot:anno:nguyen-2020:evidence:e-hd981: links to urn:triglot:anno:nguyen-2020:claim:gone, which is not a loaded annotation \[dangling-link\]$/mu,
    ],
    [
      'a misspelt property',
      (f) => edit(f, 'editorial.jsonld', (t) => t.replace('"refinedBy"', '"refinedby"')),
      /editorial\.jsonld: urn:triglot:anno:nguyen-2020:editorial:ed-hoang-sa: .*\[malformed-selector\]$/mu,
    ],
    [
      'an untagged occurrence',
      (f) =>
        edit(f, 'glossary.json', (t) =>
          t.replace(/"exclusions": \[[\s\S]*\]/u, '"exclusions": []'),
        ),
      /term\.jsonld: 「避險」 \(hedging\) in abstract-keywords \[\d+, \d+\) .* is neither tagged nor excluded \[coverage\]$/mu,
    ],
  ])('exits 1 with one line naming file, annotation and problem: %s', (_what, damage, line) => {
    const run = runCli(['validate'], { TRIGLOT_ANNOTATIONS_DIR: annotationsCopy(damage) });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(line);
  });

  it('prints the problems as JSON with --json', () => {
    const root = annotationsCopy((f) =>
      edit(f, 'claim.jsonld', (t) =>
        t.replace('"motivation": "describing"', '"motivaton": "describing"'),
      ),
    );
    const run = runCli(['validate', '--json'], { TRIGLOT_ANNOTATIONS_DIR: root });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      problems: { where: string; message: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.where).toMatch(/nguyen-2020\/claim\.jsonld$/u);
    expect(report.problems[0]?.message).toBe(
      'urn:triglot:anno:nguyen-2020:claim:thesis: JSON-LD drops "motivaton": the W3C context does not define it (misspelt?) [json-ld]',
    );
  });
});

describe('cli export w3c', () => {
  const checkPage = async (page: { '@context': string; items: object[] }) => {
    expect(checkSuite('page', page)).toEqual([]);
    for (const item of page.items)
      expect(checkSuite('annotation', { '@context': page['@context'], ...item })).toEqual([]);
    expect(await checkJsonLd('export', page)).toEqual([]);
  };

  it('prints the five real layers as one AnnotationPage that the W3C assertions and JSON-LD accept', async () => {
    const run = runCli(['export', 'w3c']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout) as {
      '@context': string;
      type: string;
      items: { id: string }[];
    };
    expect(page.type).toBe('AnnotationPage');
    expect(page.items.map((i) => i.id)).toEqual(
      LAYER_ORDER.flatMap((l) => realItems(l).map((i) => i.id)),
    );
    expect(page.items).toHaveLength(102 + 164 + 427 + 223 + 29);
    await checkPage(page);
  }, 30_000);

  it('prints the fixture layers of TRIGLOT_ANNOTATIONS_DIR, in layer order', async () => {
    const run = runCli(['export', 'w3c'], { TRIGLOT_ANNOTATIONS_DIR: FIXTURE_DIR });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout) as { '@context': string; items: { id: string }[] };
    expect(page.items.map((i) => i.id)).toEqual(
      LAYER_ORDER.flatMap((l) => fixtureItems(l).map((i) => i.id)),
    );
    await checkPage(page);
  });

  it('prints an empty page for an empty annotations folder, which the W3C assertions also accept', () => {
    const run = runCli(['export', 'w3c'], { TRIGLOT_ANNOTATIONS_DIR: tempDir('triglot-empty-') });
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout) as { items: unknown[] };
    expect(page.items).toEqual([]);
    expect(checkSuite('page', page)).toEqual([]);
  });

  it('refuses to export layers with errors rather than leave annotations out', () => {
    const root = annotationsCopy((f) =>
      edit(f, 'claim.jsonld', (t) =>
        t.replace('"urn:triglot:vocab#thesis"', '"urn:triglot:vocab#thesys"'),
      ),
    );
    const run = runCli(['export', 'w3c'], { TRIGLOT_ANNOTATIONS_DIR: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /claim\.jsonld: urn:triglot:anno:nguyen-2020:claim:thesis: unknown classification urn:triglot:vocab#thesys \[malformed-body\]/u,
    );
  });
});

describe('cli glossary', () => {
  it('prints the terms in SPEC shape, with the number of term annotations of each', () => {
    const run = runCli(['glossary', '--json'], { TRIGLOT_ANNOTATIONS_DIR: FIXTURE_DIR });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { terms } = JSON.parse(run.stdout) as { terms: Record<string, unknown>[] };
    // Occurrences counted independently: substrings in the blocks, minus the fixture's one exclusion.
    const blocks = realDocument().blocks;
    const count = (re: RegExp) => blocks.reduce((n, b) => n + (b.text.match(re)?.length ?? 0), 0);
    expect(terms.map((t) => [t.id, t.occurrences])).toEqual([
      ['hedging', count(/避險/gu) + count(/\bhedging\b/giu) - 1],
      ['soft-balancing', count(/軟制衡/gu) + count(/soft balancing/giu)],
      ['bandwagoning', count(/扈從/gu) + count(/bandwagoning/giu)],
    ]);
    expect(terms[1]).toEqual({
      id: 'soft-balancing',
      zh: ['軟制衡'],
      en: 'soft balancing',
      vi: 'cân bằng mềm',
      attributedTo: 'Pape 2005',
      definition: expect.stringMatching(/^Test fixture/u) as unknown,
      occurrences: 37,
      enSource: 'article',
      viSource: 'project',
      definitionSource: 'project',
    });
    expect(terms[0]).not.toHaveProperty('vi');
  });

  it('prints the real glossary: 76 terms, each with the number of its term annotations', () => {
    const run = runCli(['glossary', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { terms } = JSON.parse(run.stdout) as { terms: { id: string; occurrences: number }[] };
    expect(terms).toHaveLength(76);
    const tagged = new Map<string, number>();
    for (const item of realItems('term')) {
      const id = item.body.find((b) => b.purpose === 'linking')?.source.split('#')[1] ?? '';
      tagged.set(id, (tagged.get(id) ?? 0) + 1);
    }
    expect(Object.fromEntries(terms.map((t) => [t.id, t.occurrences]))).toEqual(
      Object.fromEntries(tagged),
    );
    // Golden counts (README, "Glossary").
    const count = (id: string) => terms.find((t) => t.id === id)?.occurrences;
    expect([count('balancing'), count('hedging'), count('soft-balancing')]).toEqual([71, 61, 37]);
  });

  it('prints no terms for an empty annotations folder', () => {
    const run = runCli(['glossary', '--json'], {
      TRIGLOT_ANNOTATIONS_DIR: tempDir('triglot-empty-'),
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ terms: [] });
  });
});

describe('an empty annotations folder: no layer and no glossary, for every command', () => {
  it('exports TEI without annotations but with what the corpus holds, and TMX without term units', () => {
    const env = { TRIGLOT_ANNOTATIONS_DIR: tempDir('triglot-empty-') };
    const tei = runCli(['export', 'tei'], env);
    expect(tei.stderr).toBe('');
    expect(tei.status).toBe(0);
    for (const element of ['<term ', '<rs ', '<choice', '<spanGrp type="claim"', 'type="glossary"'])
      expect(tei.stdout, element).not.toContain(element);
    // The alignment, the citations and the Vietnamese items are corpus data, not layers.
    for (const element of [
      '<linkGrp type="alignment"',
      '<bibl type="in-text"',
      '<entry xml:id="viet.',
    ])
      expect(tei.stdout, element).toContain(element);
    const tmx = runCli(['export', 'tmx'], env);
    expect(tmx.status).toBe(0);
    expect(tmx.stdout).not.toContain(':term:');
    expect(tmx.stdout).toContain('<prop type="x-triglot-units">17</prop>');
  });
});
