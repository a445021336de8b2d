/**
 * Writes `annotations/<doc>/vietnamese.jsonld` from `corpus/<doc>/vietnamese.json` and the text:
 * one W3C annotation per occurrence of an item's form. The items file is what people edit; this
 * layer follows from it, and `validate` fails when the stored layer no longer matches.
 * Usage: npx tsx scripts/build-vietnamese-layer.ts [doc-id]
 */
import { writeFileSync } from 'node:fs';
import { loadDocument } from '../corpus/load/node-loader';
import { loadVietnameseItems } from '../corpus/load/translation-data';
import { formatProblem } from '../corpus/pipeline/problems';
import { annotationFilePath } from '../annotations/load/node-loader';
import { buildVietnameseAnnotations } from '../annotations/vietnamese/build-layer';
import { toLayerFile } from '../annotations/w3c/to-jsonld';

const docId = process.argv[2] ?? 'nguyen-2020';
const { document, problems } = loadDocument(docId);
const items = loadVietnameseItems(docId);
const all = [...problems, ...items.problems];
if (!document || !items.items || all.length > 0) {
  for (const problem of all) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`build-vietnamese-layer: ${docId} has problems; nothing written\n`);
  process.exit(1);
}
const annotations = buildVietnameseAnnotations(document, items.items);
const path = annotationFilePath(docId, 'vietnamese.jsonld');
writeFileSync(path, `${JSON.stringify(toLayerFile(docId, 'vietnamese', annotations), null, 2)}\n`);
process.stdout.write(`wrote ${annotations.length} annotations to ${path}\n`);
