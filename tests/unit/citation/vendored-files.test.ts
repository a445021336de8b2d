/** The vendored CSL styles, locale and schema are the upstream files their provenance table names. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(
  new URL('../../../app/citation/csl/README.md', import.meta.url),
  'utf8',
);
const sha256 = (url: URL) => createHash('sha256').update(readFileSync(url)).digest('hex');

describe('vendored citation standards', () => {
  it('each style and locale matches the sha256 in app/citation/csl/README.md', () => {
    const rows = [...readme.matchAll(/^\| `([^`]+)`\s*\|[^|]*\|[^|]*\| ([0-9a-f]{64}) \|/gmu)];
    expect(rows.map((r) => r[1]).sort()).toEqual([
      'apa.csl',
      'chicago-author-date.csl',
      'locales-en-US.xml',
    ]);
    for (const [, file, hash] of rows) {
      expect(sha256(new URL(`../../../app/citation/csl/${file}`, import.meta.url)), file).toBe(
        hash,
      );
    }
  });

  it('the CSL-JSON schema used by the tests matches its recorded sha256', () => {
    const recorded = /csl-data\.json`[^]*?sha256\s+([0-9a-f]{64})/u.exec(readme)?.[1];
    expect(sha256(new URL('../../fixtures/standards/csl/csl-data.json', import.meta.url))).toBe(
      recorded,
    );
  });
});
