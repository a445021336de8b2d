/**
 * Glossary surface forms and coverage on the real article (FORMAT.md, "Surface forms and
 * coverage"), with the fixture glossary (避險 hedging, 軟制衡 soft balancing, 扈從 bandwagoning).
 * Expected counts come from plain substring counts over the blocks, not from the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../annotations/glossary/coverage';
import { findOccurrences } from '../../../annotations/glossary/occurrences';
import { parseGlossary } from '../../../annotations/glossary/parse-glossary';
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { Glossary, GlossaryTerm } from '../../../annotations/model/glossary';
import { anchor } from '../../../annotations/anchoring/anchor';
import { FIXTURE_DIR, FIXTURE_DOC, fixtureAnnotations } from '../../helpers/annotation-fixtures';
import { realDocument } from '../../helpers/real-document';

const document = realDocument();
const GLOSSARY_FILE = `${FIXTURE_DIR}${FIXTURE_DOC}/glossary.json`;
const glossary = parseGlossary('glossary.json', readFileSync(GLOSSARY_FILE, 'utf8')).glossary;
const count = (needle: string) =>
  document.blocks.reduce((n, b) => n + b.text.split(needle).length - 1, 0);
const countWord = (word: RegExp) =>
  document.blocks.reduce((n, b) => n + (b.text.match(word)?.length ?? 0), 0);
const term = (id: string, zh: string[], enForms: string[] = []): GlossaryTerm => ({
  id,
  zh,
  enForms,
  en: id,
  enSource: 'project',
  definition: 'test',
  definitionSource: 'project',
});
const loaded = (): LoadedAnnotation[] =>
  fixtureAnnotations(document).term.map((annotation) => ({
    annotation,
    file: 'term.jsonld',
    anchor: anchor(document, annotation.target),
  }));
const coverage = (g: Glossary, terms = loaded(), termLayerPresent = true) =>
  checkCoverage({
    document,
    glossary: g,
    glossaryFile: 'glossary.json',
    termFile: 'term.jsonld',
    termLayerPresent,
    terms,
  });

describe('surface forms', () => {
  it('the fixture glossary parses without error', () => {
    expect(parseGlossary('glossary.json', readFileSync(GLOSSARY_FILE, 'utf8')).errors).toEqual([]);
    expect(glossary.terms.map((t) => t.id)).toEqual(['hedging', 'soft-balancing', 'bandwagoning']);
  });

  it('finds every Chinese form and every English form, case-insensitively, in every block', () => {
    const found = findOccurrences(document, glossary);
    const per = (id: string) => found.filter((o) => o.termId === id).length;
    expect(count('避險')).toBe(53);
    expect(per('hedging')).toBe(53 + countWord(/(?<![A-Za-z])hedging(?![A-Za-z])/giu));
    expect(per('soft-balancing')).toBe(count('軟制衡') + countWord(/soft balancing/giu));
    expect(per('bandwagoning')).toBe(count('扈從') + countWord(/bandwagoning/giu));
    // The English title and keywords capitalise: 「From Hedging to Soft Balancing」.
    expect(found.some((o) => o.blockId === 'abstract-en-h' && o.text === 'Hedging')).toBe(true);
  });

  it('is leftmost-longest over all forms: 制衡 inside 軟制衡 is not an occurrence of 制衡', () => {
    const withBalancing = { ...glossary, terms: [...glossary.terms, term('balancing', ['制衡'])] };
    const found = findOccurrences(document, withBalancing);
    expect(found.filter((o) => o.termId === 'balancing').length).toBe(
      count('制衡') - count('軟制衡'),
    );
    expect(found.filter((o) => o.termId === 'soft-balancing').length).toBe(
      findOccurrences(document, glossary).filter((o) => o.termId === 'soft-balancing').length,
    );
  });

  it('matches English forms at word boundaries only: 「hedge」 is not in 「hedging」 or 「hedger」', () => {
    const find = (form: string) =>
      findOccurrences(document, { terms: [term('t', [], [form])], exclusions: [] });
    expect(find('hedge')).toEqual([]);
    // The English abstract: 「Vietnam has been regarded as a typical “hedger” towards Beijing」.
    expect(find('hedger').map((o) => [o.blockId, o.text])).toEqual([['abstract-en-p1', 'hedger']]);
  });
});

describe('coverage', () => {
  it('the fixture tags every occurrence but the one it excludes', () => {
    expect(coverage(glossary)).toEqual([]);
  });

  it('an untagged occurrence is named with its block, offsets and context', () => {
    const terms = loaded();
    const [removed] = terms.splice(10, 1);
    const errors = coverage(glossary, terms);
    expect(errors).toHaveLength(1);
    const target = removed?.annotation.target;
    expect(errors[0]?.message).toContain(
      `in ${target?.blockId} [${target?.position.start}, ${target?.position.end})`,
    );
    expect(errors[0]?.message).toMatch(/is neither tagged nor excluded$/u);
  });

  it('an absent term layer is one problem counting the untagged occurrences', () => {
    // Every occurrence of the three fixture terms, less the one the fixture excludes.
    const untagged = findOccurrences(document, glossary).length - glossary.exclusions.length;
    expect(untagged).toBe(loaded().length);
    expect(coverage(glossary, [], false)).toEqual([
      {
        file: 'term.jsonld',
        annotationId: null,
        code: 'coverage',
        message: `the layer file is missing, so the ${untagged} occurrence(s) that glossary.json requires tagged are untagged`,
      },
    ]);
  });

  it('an occurrence tagged twice, or tagged as another term, is an error naming the annotations', () => {
    const terms = loaded();
    const copy = terms[0] as LoadedAnnotation;
    terms.push({ ...copy, annotation: { ...copy.annotation, id: `${copy.annotation.id}-again` } });
    const wrong = terms[5] as LoadedAnnotation;
    if (wrong.annotation.layer !== 'term') throw new Error('not a term');
    terms[5] = { ...wrong, annotation: { ...wrong.annotation, termId: 'bandwagoning' } };
    const messages = coverage(glossary, terms).map((e) => `${e.annotationId}: ${e.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/as bandwagoning, but it is a surface form of/u);
    expect(messages[1]).toMatch(/-again: .* is tagged 2 times/u);
  });

  it('an exclusion that names no occurrence, or a form listed under two terms, is reported', () => {
    const stale = {
      ...glossary.exclusions[0],
      prefix: '不在這裡',
    } as Glossary['exclusions'][number];
    const twice = {
      ...glossary,
      terms: [...glossary.terms, term('hedging-again', ['避險'])],
      exclusions: [stale],
    };
    const messages = coverage(twice).map((e) => e.message);
    expect(messages).toContain('the surface form 「避險」 is also listed under hedging');
    expect(messages.some((m) => /names 0 occurrences/u.test(m))).toBe(true);
  });
});
