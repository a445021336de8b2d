/**
 * `npm run cli -- export tei` on the real article, checked by the external validators: jing
 * against TEI P5 4.12.0 tei_all.rng, and the Schematron rules embedded in it (node-schematron).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { runJing, runSchematron } from '../helpers/tei';
import { writeTemp } from '../helpers/validate-tei';

const run = runCli(['export', 'tei']);

describe('export tei: the real article', () => {
  it('prints the XML and nothing else, with exit code 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('</TEI>')).toBe(true);
  });

  it('is valid against tei_all.rng (jing)', () => {
    const jing = runJing(writeTemp(run.stdout));
    expect(jing.errors).toEqual([]);
    expect(jing.status).toBe(0);
  }, 60_000);

  it('is clean under the Schematron rules embedded in tei_all.rng (node-schematron)', () => {
    expect(runSchematron(run.stdout).messages).toEqual([]);
  }, 180_000);

  it('is the same file when exported twice', () => {
    expect(runCli(['export', 'tei']).stdout).toBe(run.stdout);
  });
});

describe('the validators really check', () => {
  it('jing rejects a copy with an element where TEI allows none', () => {
    const broken = run.stdout.replace('<pb n="150"/>', '<pb n="150"><p/></pb>');
    const jing = runJing(writeTemp(broken));
    expect(jing.status).not.toBe(0);
    expect(jing.errors.join('\n')).toMatch(/element "p" not allowed here/);
  }, 60_000);

  it('Schematron reports a <link> with one end and a <span> with @to but no @from', () => {
    const tiny = readFileSync(
      new URL('../fixtures/tei/schematron-violations.xml', import.meta.url),
      'utf8',
    );
    const messages = runSchematron(tiny).messages;
    expect(messages).toContain('You must supply at least two values for @target on <link>.');
    expect(messages).toContain('If @to is supplied on <span>, @from must be supplied as well.');
    // …and the same tiny document is valid RELAX NG, so only the Schematron layer catches these.
    expect(runJing(writeTemp(tiny)).errors).toEqual([]);
  }, 60_000);
});
