/**
 * The article's CSL-JSON, BibTeX and RIS records, checked by readers that are not ours: the CSL
 * schema (with ajv), Debian's pandoc (BibTeX → CSL-JSON) and bibutils (BibTeX and RIS → MODS).
 * Expected values come from corpus/nguyen-2020/metadata.json, read here independently.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportBibtex } from '../../../app/citation/export-bibtex';
import { exportCslJson } from '../../../app/citation/export-csl-json';
import { exportRis } from '../../../app/citation/export-ris';
import { realDocument } from '../../helpers/real-document';

const document = realDocument();
const metadata = JSON.parse(
  readFileSync(new URL('../../../corpus/nguyen-2020/metadata.json', import.meta.url), 'utf8'),
) as { csl: Record<string, unknown> & { custom: Record<string, unknown> } };
const schema = JSON.parse(
  readFileSync(new URL('../../fixtures/standards/csl/csl-data.json', import.meta.url), 'utf8'),
) as object;

const csl = metadata.csl;
const titleWithTranslation = `${String(csl.title)} [${String(csl.custom['title-en'])}]`;
const [authorEn] = csl.custom['author-en'] as { family: string; given: string }[];
const keywords = String(csl.keyword).split(', ');

const dir = mkdtempSync(join(tmpdir(), 'triglot-cite-'));
function run(command: string, args: string[], input: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, input);
  const result = spawnSync(command, [...args, file], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `${command} failed (is it installed? .ci/run installs it): ${result.error?.message ?? result.stderr}`,
    );
  }
  return result.stdout;
}

/** The text of each MODS element named `tag` (namespace-free), in document order. */
function mods(xml: string) {
  // jsdom's XML parser: a reader that is not ours.
  const doc = new JSDOM(xml.replace(/^\uFEFF/u, ''), { contentType: 'text/xml' }).window.document;
  const all = (selector: string) =>
    [...doc.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
  return { doc, all };
}

describe('CSL-JSON', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const exported = JSON.parse(exportCslJson(document)) as unknown[];

  it('is valid against the CSL data schema and is the metadata item, unchanged', () => {
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    expect(exported).toEqual([csl]);
  });

  it('would be rejected if it were malformed (the validator is not a rubber stamp)', () => {
    expect(validate([{ ...csl, author: '阮功松' }])).toBe(false);
    expect(validate([{ ...csl, issued: '2020' }])).toBe(false);
  });
});

describe('BibTeX', () => {
  const bibtex = exportBibtex(document);

  it('read back by pandoc gives the same fields', () => {
    const [item] = JSON.parse(
      run('pandoc', ['-f', 'bibtex', '-t', 'csljson'], bibtex, 'a.bib'),
    ) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'nguyen-2020',
      type: 'article-journal',
      author: [authorEn],
      title: titleWithTranslation,
      'container-title': csl['container-title'],
      volume: csl.volume,
      issue: csl.issue,
      page: csl.page,
      issued: csl.issued,
      publisher: csl.publisher,
      'publisher-place': csl['publisher-place'],
      keyword: csl.keyword,
    });
    // pandoc's BibTeX reader takes the language from `langid` only: `language` is not read back.
    expect(String(item?.note)).toContain('阮功松');
    expect(String(item?.note)).toContain(String(csl.note));
  });

  it('read back by bibutils (bib2xml) gives the same fields', () => {
    const { all } = mods(run('bib2xml', [], bibtex, 'b.bib'));
    // bibutils splits a title at its colon into title and subtitle.
    expect(`${all('mods > titleInfo > title')[0]}: ${all('mods > titleInfo > subTitle')[0]}`).toBe(
      titleWithTranslation,
    );
    expect(all('mods > name namePart[type="family"]')).toEqual([authorEn?.family]);
    expect(all('mods > name namePart[type="given"]').join(' ')).toBe(authorEn?.given);
    expect(all('mods > originInfo > dateIssued')).toEqual(['2020-03']);
    expect(all('mods > language > languageTerm')).toEqual([csl.language]);
    expect(all('relatedItem[type="host"] > titleInfo > title')).toEqual([csl['container-title']]);
    expect(all('relatedItem publisher')).toEqual([csl.publisher]);
    expect(all('placeTerm')).toEqual([csl['publisher-place']]);
    expect(all('part detail[type="volume"] number')).toEqual([csl.volume]);
    expect(all('part detail[type="issue"] number')).toEqual([csl.issue]);
    expect([...all('part extent start'), ...all('part extent end')]).toEqual(
      String(csl.page).split('-'),
    );
    expect(all('mods > subject > topic').join(', ')).toBe(keywords.join(', '));
  });

  it('escapes BibTeX syntax in values', () => {
    const odd = {
      ...document,
      metadata: {
        ...document.metadata,
        csl: { ...document.metadata.csl, title: '50% & {braces} #1' },
      },
    };
    expect(exportBibtex(odd)).toContain('50\\% \\& \\{braces\\} \\#1');
    const [item] = JSON.parse(
      run('pandoc', ['-f', 'bibtex', '-t', 'csljson'], exportBibtex(odd), 'c.bib'),
    ) as { title: string }[];
    expect(item?.title.startsWith('50% & {braces} #1 [From Hedging')).toBe(true);
  });
});

describe('RIS', () => {
  const ris = exportRis(document);

  it('has one tag per line, CRLF-terminated, from TY to ER', () => {
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-2)).toBe('ER  -');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/u);
  });

  it('read back by bibutils (ris2xml) gives the same fields', () => {
    const { all } = mods(run('ris2xml', [], ris, 'a.ris'));
    expect(`${all('mods > titleInfo > title')[0]}: ${all('mods > titleInfo > subTitle')[0]}`).toBe(
      titleWithTranslation,
    );
    expect(all('mods > name namePart[type="family"]')).toEqual([authorEn?.family]);
    expect(all('mods > name namePart[type="given"]').join(' ')).toBe(authorEn?.given);
    expect(all('mods > originInfo > dateIssued')).toEqual(['2020-03']);
    expect(all('mods > language > languageTerm')).toEqual([csl.language]);
    expect(all('relatedItem[type="host"] > titleInfo > title')).toEqual([csl['container-title']]);
    expect(all('relatedItem publisher')).toEqual([csl.publisher]);
    expect(all('placeTerm')).toEqual([csl['publisher-place']]);
    expect(all('part detail[type="volume"] number')).toEqual([csl.volume]);
    expect(all('part detail[type="issue"] number')).toEqual([csl.issue]);
    expect([...all('part extent start'), ...all('part extent end')]).toEqual(
      String(csl.page).split('-'),
    );
    expect(all('mods > subject > topic')).toEqual(keywords);
    expect(all('mods > note')[0]).toContain('阮功松');
  });
});
