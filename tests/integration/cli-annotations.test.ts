/**
 * The command line on annotation layers: `validate` (real corpus without layers, the fixture layers,
 * damaged copies of them), `export w3c` (accepted by the WG's assertions) and `glossary --json`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkJsonLd } from '../../annotations/validate/check-json-ld';
import { checkSuite } from '../../annotations/validate/wg-assertions';
import { FIXTURE_DIR, FIXTURE_DOC } from '../helpers/annotation-fixtures';
import { realDocument } from '../helpers/real-document';
import { runCli } from '../helpers/run-cli';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture annotations folder, with `damage` applied to it. */
function annotationsCopy(damage: (folder: string) => void = () => undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'triglot-annotations-'));
  copies.push(root);
  cpSync(join(FIXTURE_DIR, FIXTURE_DOC), join(root, FIXTURE_DOC), { recursive: true });
  damage(join(root, FIXTURE_DOC));
  return root;
}
const edit = (folder: string, name: string, change: (text: string) => string) => {
  const file = join(folder, name);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
};
const fixtureItems = (layer: string) =>
  (
    JSON.parse(readFileSync(join(FIXTURE_DIR, FIXTURE_DOC, `${layer}.jsonld`), 'utf8')) as {
      items: { id: string }[];
    }
  ).items;
const LAYER_ORDER = ['claim', 'evidence', 'term', 'vietnamese', 'editorial'];

describe('cli validate with annotation layers', () => {
  it('is clean on the real corpus, which has no layer files yet, and on an empty folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'triglot-empty-'));
    copies.push(empty);
    for (const env of [{}, { TRIGLOT_ANNOTATIONS_DIR: empty }] as Record<string, string>[]) {
      const run = runCli(['validate'], env);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
  });

  it('is clean on the fixture layers', () => {
    const run = runCli(['validate'], { TRIGLOT_ANNOTATIONS_DIR: FIXTURE_DIR });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ok/u);
    expect(run.status).toBe(0);
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
  it('prints every layer as one AnnotationPage that the W3C assertions and JSON-LD accept', async () => {
    const run = runCli(['export', 'w3c'], { TRIGLOT_ANNOTATIONS_DIR: FIXTURE_DIR });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout) as {
      '@context': string;
      type: string;
      items: { id: string }[];
    };
    expect(page.type).toBe('AnnotationPage');
    expect(page.items.map((i) => i.id)).toEqual(
      LAYER_ORDER.flatMap((l) => fixtureItems(l).map((i) => i.id)),
    );
    expect(checkSuite('page', page)).toEqual([]);
    for (const item of page.items)
      expect(checkSuite('annotation', { '@context': page['@context'], ...item })).toEqual([]);
    expect(await checkJsonLd('export', page)).toEqual([]);
  });

  it('prints an empty page when there are no layers, which the W3C assertions also accept', () => {
    const run = runCli(['export', 'w3c']);
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

  it('prints no terms when there is no glossary', () => {
    const run = runCli(['glossary', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ terms: [] });
  });
});
