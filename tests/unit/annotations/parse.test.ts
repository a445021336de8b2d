/**
 * The W3C adapter at the edge: the fixture layers (real passages of the article) survive
 * serialise → parse unchanged; every kind of malformed annotation becomes a named error with the
 * file and the annotation id, while every other annotation of the file still loads; nothing throws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../annotations/model/annotation';
import type { Layer } from '../../../annotations/model/annotation';
import type { AnnotationErrorCode } from '../../../annotations/model/errors';
import { w3cAdapter } from '../../../annotations/w3c/format-adapter';
import { parseAnnotation } from '../../../annotations/w3c/parse-annotation';
import { parseLayerFile } from '../../../annotations/w3c/parse-layer-file';
import { toJsonLd, toLayerFile } from '../../../annotations/w3c/to-jsonld';
import type { JsonObject } from '../../../annotations/w3c/to-jsonld';
import {
  FIXTURE_DIR,
  FIXTURE_DOC,
  fixtureAnnotations,
  fixtureLayerFiles,
} from '../../helpers/annotation-fixtures';
import { realDocument } from '../../helpers/real-document';

const document = realDocument();
const fixtures = fixtureAnnotations(document);
const FILE = 'annotations/nguyen-2020/claim.jsonld';
const clone = <T>(value: T): T => structuredClone(value);

describe('round trip', () => {
  it('every fixture annotation survives toJsonLd → parse unchanged', () => {
    for (const layer of LAYERS) {
      const adapter = w3cAdapter({ file: `${layer}.jsonld`, docId: FIXTURE_DOC, layer });
      for (const annotation of fixtures[layer]) {
        expect(adapter.parse(adapter.serialize(annotation))).toEqual({ ok: true, annotation });
      }
    }
  });

  it('the committed fixture files are what the fixture helper writes (not stale)', () => {
    for (const [name, text] of fixtureLayerFiles(document)) {
      expect(readFileSync(`${FIXTURE_DIR}${FIXTURE_DOC}/${name}`, 'utf8'), name).toBe(text);
    }
  });

  it('each committed layer file parses to its fixture annotations, with no error', () => {
    for (const layer of LAYERS) {
      const text = readFileSync(`${FIXTURE_DIR}${FIXTURE_DOC}/${layer}.jsonld`, 'utf8');
      const parsed = parseLayerFile({ file: `${layer}.jsonld`, docId: FIXTURE_DOC, layer, text });
      expect(parsed.errors).toEqual([]);
      expect(parsed.annotations).toEqual(fixtures[layer]);
    }
  });
});

/** A claim file: the fixture claims, the second one damaged by `damage`. */
function claimFileWith(damage: (item: JsonObject) => unknown, layer: Layer = 'claim'): string {
  const file = toLayerFile(FIXTURE_DOC, 'claim', fixtures.claim) as { items: unknown[] };
  file.items[1] = damage(clone(file.items[1] as JsonObject));
  return JSON.stringify(file).replace('"claim"', `"${layer}"`);
}
const second = () => fixtures.claim[1]?.id ?? '';
const bodies = (item: JsonObject) => item.body as JsonObject[];
const selectors = (item: JsonObject) => (item.target as JsonObject).selector as JsonObject[];
const refinement = (item: JsonObject, n: number) => selectors(item)[n]?.refinedBy as JsonObject;

const CASES: [string, AnnotationErrorCode, (item: JsonObject) => unknown, RegExp][] = [
  [
    'an unknown layer',
    'unknown-layer',
    (i) => (((bodies(i)[0] as JsonObject).source = 'urn:triglot:vocab#claims'), i),
    /urn:triglot:vocab#claims is not a layer/u,
  ],
  [
    'no classifying body naming the layer',
    'missing-layer',
    (i) => (bodies(i).shift(), i),
    /no classifying body names the layer/u,
  ],
  [
    'two layers',
    'several-layers',
    (i) => (
      bodies(i).push({
        type: 'SpecificResource',
        purpose: 'classifying',
        source: 'urn:triglot:vocab#term',
      }),
      i
    ),
    /several layers: claim, term/u,
  ],
  [
    'a claim without a role',
    'malformed-body',
    (i) => (bodies(i).splice(1, 1), i),
    /exactly one claim role/u,
  ],
  [
    'a paraphrase not credited to the project',
    'malformed-body',
    (i) => (delete (bodies(i)[2] as JsonObject).creator, i),
    /credited to it/u,
  ],
  [
    'a TextQuoteSelector missing',
    'malformed-selector',
    (i) => (selectors(i).splice(0, 1), i),
    /no TextQuoteSelector/u,
  ],
  [
    'a position given as strings',
    'malformed-selector',
    (i) => ((refinement(i, 1).start = '12'), i),
    /start and end must be integers/u,
  ],
  [
    'a position that disagrees with the quote',
    'malformed-selector',
    (i) => ((refinement(i, 1).end = Number(refinement(i, 1).end) + 2), i),
    /spans \d+ code points but the quote has/u,
  ],
  [
    'selectors naming two blocks',
    'malformed-selector',
    (i) => (((selectors(i)[1] as JsonObject).value = 's1-p1'), i),
    /name different blocks/u,
  ],
  [
    'a bare TextQuoteSelector',
    'malformed-selector',
    (i) => (((i.target as JsonObject).selector = [refinement(i, 0), selectors(i)[1] ?? null]), i),
    /must be a FragmentSelector/u,
  ],
  [
    'an empty quote',
    'malformed-selector',
    (i) => ((refinement(i, 0).exact = ''), i),
    /quote \(exact\) must be a non-empty string/u,
  ],
  [
    'another document as target',
    'malformed-target',
    (i) => (((i.target as JsonObject).source = 'urn:triglot:doc:other'), i),
    /not this document/u,
  ],
  [
    'a target that is a string',
    'malformed-target',
    (i) => ((i.target = 'urn:triglot:doc:nguyen-2020'), i),
    /must be one object/u,
  ],
  ['type Annotaton', 'wrong-type', (i) => ((i.type = 'Annotaton'), i), /type is "Annotaton"/u],
  [
    'a body that is a number',
    'malformed-body',
    (i) => ((i.body = 42), i),
    /body 1 must be an object/u,
  ],
];

describe('malformed annotations are named errors; the others still load', () => {
  it.each(CASES)('%s → %s', (_what, code, damage, message) => {
    const parsed = parseLayerFile({
      file: FILE,
      docId: FIXTURE_DOC,
      layer: 'claim',
      text: claimFileWith(damage),
    });
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ file: FILE, annotationId: second(), code });
    expect(parsed.errors[0]?.message).toMatch(message);
    expect(parsed.annotations).toEqual([fixtures.claim[0], fixtures.claim[2]]);
  });

  it('an annotation without an id is named by its place in the page', () => {
    const parsed = parseLayerFile({
      file: FILE,
      docId: FIXTURE_DOC,
      layer: 'claim',
      text: claimFileWith((i) => (delete i.id, i)),
    });
    expect(parsed.errors).toEqual([
      {
        file: FILE,
        annotationId: 'items[1]',
        code: 'missing-id',
        message: 'the annotation has no id (undefined)',
      },
    ]);
    expect(parsed.annotations).toHaveLength(2);
  });

  it('an annotation of another layer in a layer file is an error there', () => {
    const term = toJsonLd(FIXTURE_DOC, fixtures.term[0] as never);
    const parsed = parseLayerFile({
      file: FILE,
      docId: FIXTURE_DOC,
      layer: 'claim',
      text: claimFileWith(() => term),
    });
    expect(parsed.errors[0]).toMatchObject({
      annotationId: fixtures.term[0]?.id,
      code: 'wrong-layer-file',
    });
    expect(parsed.annotations).toHaveLength(2);
  });

  it('a file that is not JSON, not a page, or has no items is one file error', () => {
    const cases = [
      ['{ "type": "AnnotationPage", ', /not valid JSON/u],
      ['{ "type": "AnnotationCollection", "items": [] }', /not a W3C AnnotationPage/u],
      ['{ "type": "AnnotationPage", "items": {} }', /no "items" array/u],
    ] as const;
    for (const [text, message] of cases) {
      const parsed = parseLayerFile({ file: FILE, docId: FIXTURE_DOC, layer: 'claim', text });
      expect(parsed.annotations).toEqual([]);
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]).toMatchObject({
        file: FILE,
        annotationId: null,
        code: 'malformed-file',
      });
      expect(parsed.errors[0]?.message).toMatch(message);
    }
  });

  it('never throws, whatever the item', () => {
    const odd: unknown[] = [
      null,
      0,
      'x',
      [],
      {},
      { id: 7 },
      { id: 'a', type: [] },
      { id: 'a', type: 'Annotation', body: [null] },
      {
        id: 'a',
        type: 'Annotation',
        body: {
          type: 'SpecificResource',
          purpose: ['classifying'],
          source: 'urn:triglot:vocab#term',
        },
      },
      {
        id: 'a',
        type: 'Annotation',
        body: { type: 'SpecificResource', purpose: 'linking', source: 3 },
      },
      {
        id: 'a',
        type: 'Annotation',
        body: [
          { type: 'SpecificResource', purpose: 'classifying', source: 'urn:triglot:vocab#term' },
          {
            type: 'SpecificResource',
            purpose: 'linking',
            source: 'urn:triglot:glossary:nguyen-2020#',
          },
        ],
      },
      {
        id: 'a',
        type: 'Annotation',
        body: [
          { type: 'SpecificResource', purpose: 'classifying', source: 'urn:triglot:vocab#term' },
          {
            type: 'SpecificResource',
            purpose: 'linking',
            source: 'urn:triglot:glossary:nguyen-2020#x',
          },
        ],
        target: {
          source: 'urn:triglot:doc:nguyen-2020',
          selector: [{ type: 'FragmentSelector', value: 'b', refinedBy: [] }],
        },
      },
    ];
    for (const item of odd) {
      const result = parseAnnotation(item, { file: FILE, docId: FIXTURE_DOC });
      expect(result.ok).toBe(false);
    }
  });
});
