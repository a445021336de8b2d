/** `validate` on damaged copies of the alignment, the Vietnamese items and the two layers. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { folderCopy } from '../helpers/temp-copies';

const CORPUS = new URL('../../corpus/nguyen-2020', import.meta.url).pathname;
const ANNOTATIONS = new URL('../../annotations/nguyen-2020', import.meta.url).pathname;
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
      /vietnamese\.jsonld: 「Quần đảo Hoảng Sa」 \(quan-dao-hoang-sa\) in s2\.3\.2-p4 \[\d+, \d+\) is not tagged \[coverage\]$/mu,
    ],
    [
      'an editorial note whose position no longer holds its text',
      'annotations',
      'editorial.jsonld',
      (t) =>
        t.replace(
          // The position of the note on 「Hoảng Sa」: the first one after its id.
          /(editorial:hoang-sa"[\s\S]*?"type": "TextPositionSelector",\s+"start": )(\d+)(,\s+"end": )(\d+)/u,
          (_, head: string, start: string, mid: string, end: string) =>
            `${head}${Number(start) + 1}${mid}${Number(end) + 1}`,
        ),
      /editorial\.jsonld: urn:triglot:anno:nguyen-2020:editorial:hoang-sa: the stored position s2\.3\.2-p4 \[\d+, \d+\) is stale: found by quote match .*\[stale-selectors\]$/mu,
    ],
  ])('exits 1 on %s', (_, where, name, damage, message) => {
    const root = folderCopy(where === 'corpus' ? CORPUS : ANNOTATIONS, { name, change: damage });
    const env: Record<string, string> =
      where === 'corpus' ? { TRIGLOT_CORPUS_DIR: root } : { TRIGLOT_ANNOTATIONS_DIR: root };
    const run = runCli(['validate'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('reports the problem in the JSON output as { where, message }', () => {
    const root = folderCopy(CORPUS, {
      name: 'alignment.json',
      change: (t) => t.replace('"status": "exact"', '"status": "faithful"'),
    });
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
