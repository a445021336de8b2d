/**
 * Writes the annotation fixture layers (tests/fixtures/annotations/nguyen-2020/*.jsonld) from
 * tests/helpers/annotation-fixtures.ts. Run after a corpus change moves a fixture passage:
 *
 *   npx tsx scripts/make-annotation-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../corpus/load/node-loader';
import { FIXTURE_DIR, FIXTURE_DOC, fixtureLayerFiles } from '../tests/helpers/annotation-fixtures';

const { document, problems } = loadDocument(FIXTURE_DOC);
if (!document) throw new Error(`the article does not build: ${JSON.stringify(problems)}`);
for (const [name, text] of fixtureLayerFiles(document)) {
  writeFileSync(join(FIXTURE_DIR, FIXTURE_DOC, name), text);
  console.log(`wrote ${FIXTURE_DOC}/${name}`);
}
