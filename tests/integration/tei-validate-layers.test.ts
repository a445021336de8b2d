/**
 * The TEI export with every layer present (the real term layer and glossary, the fixture claims,
 * evidence, editorial notes and Vietnamese items, a fixture alignment), checked by jing and by
 * TEI's Schematron rules: the writers for the layers still being curated produce valid TEI too.
 */
import { describe, expect, it } from 'vitest';
import { buildTei } from '../../app/export/tei/export-tei';
import { runJing, runSchematron } from '../helpers/tei';
import { fixtureInputs } from '../helpers/tei-fixture-inputs';
import { writeTemp } from '../helpers/validate-tei';

const { xml, counts } = buildTei(fixtureInputs());

describe('export tei with every layer and an alignment', () => {
  it('uses every writer', () => {
    for (const element of [
      '<choice ',
      '<rs ',
      '<spanGrp type="claim"',
      '<linkGrp type="support"',
      '<linkGrp type="alignment"',
      '<joinGrp',
      '<ptr ',
    ]) {
      expect(xml, element).toContain(element);
    }
    expect(counts.standoff.get('term')).toBe(1);
  });

  it('is valid against tei_all.rng (jing)', () => {
    const jing = runJing(writeTemp(xml));
    expect(jing.errors).toEqual([]);
    expect(jing.status).toBe(0);
  }, 60_000);

  it('is clean under the Schematron rules embedded in tei_all.rng (node-schematron)', () => {
    expect(runSchematron(xml).messages).toEqual([]);
  }, 180_000);
});
