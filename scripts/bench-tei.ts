/**
 * TEI export benchmark: building the export in process and through the command line, and the
 * external validators on it — jing (RELAX NG, tei_all.rng), xmllint --relaxng as a second RELAX NG
 * validator, and TEI's embedded Schematron rules under node-schematron, as the tests run them.
 * Writes docs/bench/tei.{json,md}.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTei } from '../app/export/tei/export-tei';
import { loadTeiInputs } from '../app/export/tei/load-tei-inputs';
import { loadDocument } from '../corpus/load/node-loader';
import { runCli } from '../tests/helpers/run-cli';
import { runJing, runSchematron, TEI_RNG, teiSchematron } from '../tests/helpers/tei';
import { writeTemp } from '../tests/helpers/validate-tei';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};
const time = (f: () => void) => {
  const started = performance.now();
  f();
  return performance.now() - started;
};

function main(): void {
  const { document } = loadDocument('nguyen-2020');
  if (!document) throw new Error('the real document does not build');
  let xml = '';
  const build = median(
    Array.from({ length: RUNS }, () => time(() => (xml = buildTei(loadTeiInputs(document)).xml))),
  );
  const cli = median(Array.from({ length: 3 }, () => time(() => runCli(['export', 'tei']))));
  const path = writeTemp(xml);
  const jingRuns = Array.from({ length: 3 }, () => runJing(path));
  const xmllintStarted = performance.now();
  const xmllint = spawnSync('xmllint', ['--noout', '--relaxng', TEI_RNG, path], {
    encoding: 'utf8',
  });
  const xmllintMs = performance.now() - xmllintStarted;
  const compileMs = time(() => teiSchematron());
  const schematronRuns = Array.from({ length: 3 }, () => runSchematron(xml));
  const schematron = {
    ms: median(schematronRuns.map((r) => r.ms)),
    messages: schematronRuns[0]?.messages ?? [],
  };
  const patterns = teiSchematron().patterns.length;

  const result = {
    date: new Date().toISOString().slice(0, 10),
    bytes: Buffer.byteLength(xml),
    buildMs: build,
    cliMs: cli,
    jing: { ms: median(jingRuns.map((r) => r.ms)), errors: jingRuns[0]?.errors.length ?? -1 },
    xmllint: {
      ms: xmllintMs,
      status: xmllint.status,
      verdict:
        xmllint.status === 0 ? 'valid' : xmllint.stderr.trim().split('\n').slice(0, 3).join('; '),
    },
    schematron: {
      compileMs,
      ms: schematron.ms,
      messages: schematron.messages.length,
      patterns,
    },
  };
  const dir = join(ROOT, 'docs/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tei.json'), `${JSON.stringify(result, null, 2)}\n`);
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
  const md = `# TEI export benchmark

${result.date}, the real article (nguyen-2020) with its real layers; ${(result.bytes / 1024).toFixed(1)} KB of TEI. Produced by \`npm run bench:tei\`.

| step | time | verdict |
| --- | --- | --- |
| build the export in process (median of ${RUNS}) | ${result.buildMs.toFixed(0)} ms | |
| \`npm run cli -- export tei\`, whole process (median of 3) | ${ms(result.cliMs)} | |
| jing, tei_all.rng (median of 3) | ${ms(result.jing.ms)} | ${result.jing.errors === 0 ? 'valid' : `${result.jing.errors} errors`} |
| xmllint --relaxng, tei_all.rng (1 run) | ${ms(result.xmllint.ms)} | ${result.xmllint.verdict ?? ''} |
| node-schematron: compile the ${result.schematron.patterns} embedded patterns | ${ms(result.schematron.compileMs)} | |
| node-schematron: validate (median of 3) | ${ms(result.schematron.ms)} | ${result.schematron.messages === 0 ? 'no failed assertion, no report' : `${result.schematron.messages} messages`} |

node-schematron looks a rule's nodes up as \`//(context)\`; for the one rule whose context is
absolute, \`/*[count(//tei:constraintDecl) gt 1]\`, that re-counts over the whole document from
every node (about four minutes on this file). \`tests/helpers/tei.ts\` gives it the equivalent
\`*[not(parent::*)][count(//tei:constraintDecl) gt 1]\` (the same node, the root element), as the
tests do; every rule runs.
`;
  writeFileSync(join(dir, 'tei.md'), md);
  process.stdout.write(md);
}

main();
