/**
 * The W3C Web Annotation WG's own samples against its own "must" assertions, as Triglot runs them
 * (annotations/validate/wg-assertions.ts, ajv-draft-04), and what the JSON-LD check adds.
 *
 * Counted from the vendored files: tools/samples/incorrect holds 39 samples (anno1–anno39), as the
 * issue says; tools/samples/correct holds 45 (anno1–anno40, anno41-example44, collection1,
 * example41–43). 17 of the 39 incorrect samples are not even JSON (16 have a trailing comma).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsonLd } from '../../../annotations/validate/check-json-ld';
import { WG_TESTS_DIR, checkSuite } from '../../../annotations/validate/wg-assertions';
import type { SuiteName } from '../../../annotations/validate/wg-assertions';

const SAMPLES = join(WG_TESTS_DIR, 'tools', 'samples');
const files = (kind: 'correct' | 'incorrect') => readdirSync(join(SAMPLES, kind)).sort();
const read = (kind: string, name: string) => readFileSync(join(SAMPLES, kind, name), 'utf8');
const suiteFor = (json: { type?: unknown }): SuiteName =>
  json.type === 'AnnotationCollection'
    ? 'collection'
    : json.type === 'AnnotationPage'
      ? 'page'
      : 'annotation';
const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
const failures = (json: unknown) =>
  checkSuite(suiteFor(json as { type?: unknown }), json).map((f) => f.assertion.split('/').pop());

describe('the WG samples', () => {
  it('are 39 incorrect and 45 correct', () => {
    expect(files('incorrect')).toHaveLength(39);
    expect(files('correct')).toHaveLength(45);
  });

  it('rejects every incorrect sample: 17 are not JSON, the 22 others fail a must assertion', () => {
    const notJson = files('incorrect').filter(
      (name) => parse(read('incorrect', name)) === undefined,
    );
    const accepted = files('incorrect').filter((name) => {
      const json = parse(read('incorrect', name));
      return json !== undefined && failures(json).length === 0;
    });
    expect(notJson).toHaveLength(17);
    expect(accepted).toEqual([]);
  });

  it('accepts the correct samples, except five that the WG assertions themselves reject', () => {
    const rejected = Object.fromEntries(
      files('correct')
        .map((name) => [name, failures(JSON.parse(read('correct', name)))] as const)
        .filter(([, failed]) => failed.length > 0),
    );
    // Defects of the assertions, not of the samples (Web Annotation Data Model §4.2 and §5.2):
    // - Composite, List and Independents targets are valid, but 3.2-targetObjectsRecognized only
    //   recognises Choice and Set;
    // - an AnnotationPage may name its collection by IRI ("partOf": "http://…"), but the page
    //   assertions describe partOf as an object only (type: object), so a string fails them.
    expect(Object.keys(rejected).sort()).toEqual([
      'anno11.json',
      'anno12.json',
      'anno13.json',
      'example42.json',
      'example43.json',
    ]);
    for (const name of ['anno11.json', 'anno12.json', 'anno13.json']) {
      expect(rejected[name]).toEqual(['3.2-targetObjectsRecognized.json']);
      expect(read('correct', name)).toMatch(/"type": "(Composite|List|Independents)"/u);
    }
    for (const name of ['example42.json', 'example43.json']) {
      expect(rejected[name]).toContain('5.2-pageTotalValidated.json');
      expect(JSON.parse(read('correct', name)).partOf).toBe('http://example.org/collection1');
    }
  });

  it('JSON-LD catches the misspelt "langauage" that the schemas let through (anno14, anno15)', async () => {
    for (const name of ['anno14.json', 'anno15.json']) {
      // Repaired of their incidental faults (trailing comma, an id given as an array)…
      const json = JSON.parse(read('incorrect', name).replace(/,(\s*[}\]])/gu, '$1')) as {
        id: unknown;
      };
      json.id = 'http://example.org/1';
      expect(failures(json)).toEqual([]);
      // …the schemas accept them, but JSON-LD expansion drops the misspelt property.
      const errors = await checkJsonLd(name, json);
      expect(errors.map((e) => e.message)).toEqual([
        'JSON-LD drops "langauage": the W3C context does not define it (misspelt?)',
      ]);
    }
  });

  it('refuses any context but the W3C one, without going to the network (anno4, anno5)', async () => {
    for (const name of ['anno4.json', 'anno5.json']) {
      const errors = await checkJsonLd(name, JSON.parse(read('incorrect', name)));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(/^JSON-LD expansion fails/u);
    }
  });
});
