/** `export tei` as a user runs it: formats listed, layer folders from the environment, clear errors. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { FIXTURE_ANNOTATIONS } from '../helpers/tei-fixture-inputs';

describe('export tei on the command line', () => {
  it('is listed among the export formats', () => {
    const run = runCli(['export', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown export format "nope"; formats: .*\btei\b/);
  });

  it('reads the layers from TRIGLOT_ANNOTATIONS_DIR when set', () => {
    const run = runCli(['export', 'tei'], { TRIGLOT_ANNOTATIONS_DIR: FIXTURE_ANNOTATIONS });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<span xml:id="claim.thesis" type="claim" subtype="thesis"');
    // The fixture folder holds no term layer, so the export has no terms.
    expect(run.stdout).not.toContain('<term ');
  });

  it('stops with exit 1 and one clear message on a malformed layer file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triglot-tei-cli-'));
    mkdirSync(join(dir, 'nguyen-2020'));
    writeFileSync(
      join(dir, 'nguyen-2020', 'editorial.jsonld'),
      '{"type": "AnnotationPage", "items": [',
    );
    const run = runCli(['export', 'tei'], { TRIGLOT_ANNOTATIONS_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^triglot: export tei: the annotation layers of nguyen-2020 have errors \(run validate\):\n.*editorial\.jsonld: not valid JSON .*\[malformed-file\]$/mu,
    );
  });
});
