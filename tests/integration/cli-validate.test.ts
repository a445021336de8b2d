import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { folderCopy } from '../helpers/temp-copies';

const REAL = new URL('../../corpus/nguyen-2020', import.meta.url).pathname;
/** A copy of the corpus whose file `name` has been damaged by `damage`. */
const damagedCorpus = (name: string, change: (text: string) => string) =>
  folderCopy(REAL, { name, change });

describe('cli validate', () => {
  it('exits 0 on the real corpus', () => {
    const run = runCli(['validate']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok/u);
  });

  it.each<[string, string, (text: string) => string, RegExp]>([
    [
      'a running head that disagrees with the page count',
      'source.txt',
      (t) => t.replace('2014∼2019　145', '2014∼2019　146'),
      /source\.txt:78: running head prints page 146 but the page breaks give page 145/u,
    ],
    [
      'a lost footnote marker',
      'source.txt',
      (t) => t.replace('HD-981事件），1 引起', 'HD-981事件），引起'),
      /footnote/u,
    ],
    [
      'a lost page start',
      'source.txt',
      (t) => t.replace(' 國經濟等，使得越南', '國經濟等，使得越南'),
      /running head prints page 145 but the page breaks give page 144/u,
    ],
    [
      'a hint naming a line that is not there',
      'layout.json',
      (t) => t.replace('"單位：百萬美元"', '"單位：千萬美元"'),
      /layout\.json: notPageStarts\[0\] names the line 「單位：千萬美元」/u,
    ],
    [
      'a table hint that changes the words',
      'layout.json',
      (t) => t.replace('"未發生"', '"發生"'),
      /table 1: the cells in the layout hints do not spell out the source text/u,
    ],
    [
      'a paragraph hint that matches nothing',
      'layout.json',
      (t) => t.replace('（Viet Times 2016）。', '（Viet Times 2017）。'),
      /paragraphEnds\[2\] names the line ending 「（Viet Times 2017）。」/u,
    ],
    ['malformed JSON', 'layout.json', (t) => t.slice(0, 100), /layout\.json: not valid JSON/u],
    [
      'a hint without a reason',
      'layout.json',
      (t) => t.replace(/"why": "The divider[^"]*"/u, '"why": ""'),
      /droppedLines\[0\]: every hint must say "why"/u,
    ],
  ])('exits 1 naming the problem: %s', (_what, file, damage, message) => {
    const root = damagedCorpus(file, damage);
    const run = runCli(['validate'], { TRIGLOT_CORPUS_DIR: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('says when the source cannot be read', () => {
    const root = damagedCorpus('layout.json', (t) => `${t} `);
    rmSync(join(root, 'nguyen-2020', 'metadata.json'));
    writeFileSync(join(root, 'nguyen-2020', 'source.txt'), readFileSync(join(REAL, 'source.txt')));
    const run = runCli(['validate'], { TRIGLOT_CORPUS_DIR: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/metadata\.json: cannot read the file \(ENOENT\)/u);
  });

  it('prints problems as JSON with --json', () => {
    const root = damagedCorpus('source.txt', (t) => t.replace('2014∼2019　169', '2014∼2019　170'));
    const run = runCli(['validate', '--json'], { TRIGLOT_CORPUS_DIR: root });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      problems: { where: string; message: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => /source\.txt:1409$/u.test(p.where))).toBe(true);
  });
});
