/**
 * validateAnnotations on the fixture layers of the real article, clean and damaged: each kind of
 * damage is one named problem (file, annotation id, code) and every other annotation still loads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAnnotationSources } from '../../../annotations/load/load-annotations';
import type { AnnotationSources } from '../../../annotations/load/load-annotations';
import { LAYERS } from '../../../annotations/model/annotation';
import type { Layer } from '../../../annotations/model/annotation';
import type { AnnotationErrorCode } from '../../../annotations/model/errors';
import { validateAnnotations } from '../../../annotations/validate/validate-annotations';
import { FIXTURE_DIR, FIXTURE_DOC, fixtureVietnamese } from '../../helpers/annotation-fixtures';
import { realDocument } from '../../helpers/real-document';

const document = realDocument();
const read = (name: string) => readFileSync(`${FIXTURE_DIR}${FIXTURE_DOC}/${name}`, 'utf8');
const FOLDER = 'annotations/nguyen-2020';
const total = LAYERS.reduce(
  (n, layer) => n + (JSON.parse(read(`${layer}.jsonld`)) as { items: unknown[] }).items.length,
  0,
);

/** The fixture sources, with `damage` applied to the text of one layer file. */
function sources(layer?: Layer, damage?: (text: string) => string): AnnotationSources {
  return {
    docId: FIXTURE_DOC,
    folder: FOLDER,
    layers: LAYERS.map((l) => {
      const text = read(`${l}.jsonld`);
      const damaged = l === layer && damage ? damage(text) : text;
      if (l === layer) expect(damaged).not.toBe(text);
      return { file: `${FOLDER}/${l}.jsonld`, layer: l, text: damaged };
    }),
    glossary: { file: `${FOLDER}/glossary.json`, text: read('glossary.json') },
    errors: [],
  };
}
const THESIS = 'urn:triglot:anno:nguyen-2020:claim:thesis';
const HD981 = 'urn:triglot:anno:nguyen-2020:evidence:e-hd981';

describe('validateAnnotations', () => {
  it('finds nothing wrong with the fixture layers', async () => {
    const loaded = loadAnnotationSources(document, sources());
    expect(loaded.annotations).toHaveLength(total);
    expect(loaded.annotations.every((a) => a.anchor.status === 'anchored')).toBe(true);
    expect(await validateAnnotations(document, loaded, fixtureVietnamese())).toEqual([]);
  });

  const CASES: [
    string,
    Layer,
    (text: string) => string,
    AnnotationErrorCode,
    string | null,
    RegExp,
    number,
  ][] = [
    [
      'a dangling claim link',
      'evidence',
      (t) => t.replace(`"source": "${THESIS}"`, `"source": "${THESIS}-gone"`),
      'dangling-link',
      HD981,
      /links to .*thesis-gone, which is not a loaded annotation/u,
      0,
    ],
    [
      'evidence linking to a term, not a claim',
      'evidence',
      (t) =>
        t.replace(
          `"source": "${THESIS}"`,
          '"source": "urn:triglot:anno:nguyen-2020:term:t-hedging-1"',
        ),
      'dangling-link',
      HD981,
      /a term annotation, not a claim/u,
      0,
    ],
    [
      'a term linking to no glossary entry',
      'term',
      (t) => t.replace('glossary:nguyen-2020#hedging"', 'glossary:nguyen-2020#hedgeing"'),
      'dangling-link',
      'urn:triglot:anno:nguyen-2020:term:t-hedging-1',
      /"hedgeing", which is not in/u,
      0,
    ],
    [
      'a duplicate id',
      'claim',
      (t) => t.replace('claim:conclusion"', 'claim:thesis"'),
      'duplicate-id',
      THESIS,
      /also used in/u,
      0,
    ],
    [
      'an id outside the scheme',
      'claim',
      (t) => t.replace('claim:conclusion"', 'evidence:conclusion"'),
      'malformed-id',
      'urn:triglot:anno:nguyen-2020:evidence:conclusion',
      /must be urn:triglot:anno:nguyen-2020:claim:<local>/u,
      0,
    ],
    [
      'a quote that is nowhere in the text',
      'vietnamese',
      (t) => t.replace('"exact": "Chính sách quốc phòng ba không"', `"exact": "${'x'.repeat(30)}"`),
      'orphan',
      'urn:triglot:anno:nguyen-2020:vietnamese:v-three-noes',
      /cannot be placed \(s4\.2-p6 \[\d+, \d+\)\)/u,
      0,
    ],
    [
      'a stale position',
      'editorial',
      (t) =>
        t.replace(
          /"start": (\d+),\s*"end": (\d+)/u,
          (_m, s: string, e: string) => `"start": ${Number(s) + 1}, "end": ${Number(e) + 1}`,
        ),
      'stale-selectors',
      'urn:triglot:anno:nguyen-2020:editorial:ed-hoang-sa',
      /stale: found by quote match at s2\.3\.2-p4/u,
      0,
    ],
    [
      'a misspelt property',
      'claim',
      (t) => t.replace('"motivation": "describing"', '"motivaton": "describing"'),
      'json-ld',
      THESIS,
      /JSON-LD drops "motivaton"/u,
      0,
    ],
    [
      'a created date that is not a date',
      'claim',
      (t) =>
        t.replace(
          '"motivation": "describing"',
          '"created": "last spring", "motivation": "describing"',
        ),
      'w3c-schema',
      THESIS,
      /3\.3\.1-annotationCreatedValidated/u,
      0,
    ],
    [
      'an unknown layer',
      'claim',
      (t) => t.replace('"urn:triglot:vocab#claim"', '"urn:triglot:vocab#claims"'),
      'unknown-layer',
      THESIS,
      /urn:triglot:vocab#claims is not a layer/u,
      1,
    ],
    [
      'a broken selector',
      'evidence',
      (t) => t.replace('"type": "TextPositionSelector"', '"type": "TextPositionSelectr"'),
      'malformed-selector',
      HD981,
      /refined by "TextPositionSelectr"/u,
      1,
    ],
  ];

  it.each(CASES)('%s', async (_what, layer, damage, code, annotationId, message, lost) => {
    const loaded = loadAnnotationSources(document, sources(layer, damage));
    expect(loaded.annotations).toHaveLength(total - lost);
    const errors = await validateAnnotations(document, loaded, fixtureVietnamese());
    const named = errors.filter((e) => e.code === code);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ file: `${FOLDER}/${layer}.jsonld`, annotationId });
    expect(named[0]?.message).toMatch(message);
  });

  it('a missing glossary entry link and a lost term annotation also break coverage', async () => {
    const loaded = loadAnnotationSources(
      document,
      sources('term', (t) =>
        t.replace('glossary:nguyen-2020#hedging"', 'glossary:nguyen-2020#bandwagoning"'),
      ),
    );
    const errors = await validateAnnotations(document, loaded, fixtureVietnamese());
    expect(errors.map((e) => e.code)).toEqual(['coverage']);
    expect(errors[0]?.message).toMatch(/as bandwagoning, but it is a surface form of hedging/u);
  });
});
