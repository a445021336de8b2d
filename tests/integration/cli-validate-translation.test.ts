/** `validate` on damaged copies of the alignment, the Vietnamese items and the two layers. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

const CORPUS = new URL('../../corpus/nguyen-2020', import.meta.url).pathname;
const ANNOTATIONS = new URL('../../annotations/nguyen-2020', import.meta.url).pathname;
const copies: string[] = [];

/** A copy of `source` (a document folder) with `name` damaged; returns the copy's root. */
function damagedCopy(source: string, name: string, damage: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'triglot-translation-'));
  copies.push(root);
  cpSync(source, join(root, 'nguyen-2020'), { recursive: true });
  const file = join(root, 'nguyen-2020', name);
  const original = readFileSync(file, 'utf8');
  const damaged = damage(original);
  expect(damaged).not.toBe(original);
  writeFileSync(file, damaged);
  return root;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cli validate: alignment, Vietnamese items and layers', () => {
  it.each<[string, 'corpus' | 'annotations', string, (text: string) => string, RegExp]>([
    [
      'a Chinese sentence left out of every pair',
      'corpus',
      'alignment.json',
      (t) => t.replace('"zh": ["zh-s3"]', '"zh": ["zh-s4"]'),
      /alignment\.json: abstract zh-s3: segment-uncovered: 「然而，本文認為/u,
    ],
    [
      'a status outside the vocabulary',
      'corpus',
      'alignment.json',
      (t) => t.replace('"status": "exact"', '"status": "faithful"'),
      /alignment\.json: title\.pairs\[0\]\.status: unknown-status: "faithful" is not a status/u,
    ],
    [
      'an original with a URL the research file does not report',
      'corpus',
      'vietnamese.json',
      (t) =>
        t.replace(
          'https://baohatinh.vn/print/f20fdec024728457c8cb0561401d4/98155.htm',
          'https://vov.vn/made-up.htm',
        ),
      /vietnamese\.json: item q-trong-2015: url-not-in-research/u,
    ],
    [
      'an occurrence left untagged',
      'annotations',
      'vietnamese.jsonld',
      (t) =>
        t.replace(
          'urn:triglot:vietnamese:nguyen-2020#quan-dao-hoang-sa',
          'urn:triglot:vietnamese:nguyen-2020#bai-tu-chinh',
        ),
      /occurrence-untagged: 「Quần đảo Hoảng Sa」 \(quan-dao-hoang-sa\) is not tagged/u,
    ],
    [
      'an editorial note whose position no longer holds its text',
      'annotations',
      'editorial.jsonld',
      (t) =>
        t.replace(
          /("type": "TextPositionSelector",\s+"start": )(\d+)/u,
          (_, head: string, n: string) => `${head}${Number(n) + 1}`,
        ),
      /editorial\.jsonld: urn:triglot:anno:nguyen-2020:editorial:hoang-sa: anchor-moved/u,
    ],
  ])('exits 1 on %s', (_, where, name, damage, message) => {
    const root = damagedCopy(where === 'corpus' ? CORPUS : ANNOTATIONS, name, damage);
    const env: Record<string, string> =
      where === 'corpus' ? { TRIGLOT_CORPUS_DIR: root } : { TRIGLOT_ANNOTATIONS_DIR: root };
    const run = runCli(['validate'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('reports the problem in the JSON output as { where, message }', () => {
    const root = damagedCopy(CORPUS, 'alignment.json', (t) =>
      t.replace('"status": "exact"', '"status": "faithful"'),
    );
    const run = runCli(['validate', '--json'], { TRIGLOT_CORPUS_DIR: root });
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as {
      ok: boolean;
      problems: { where: string; message: string }[];
    };
    expect(out.ok).toBe(false);
    expect(out.problems).toContainEqual({
      where: expect.stringMatching(/alignment\.json: title\.pairs\[0\]\.status$/u),
      message: expect.stringMatching(/^unknown-status: /u),
    });
  });
});
