/** Reads a document's stored layer files from `annotations/<doc>/` (Node only). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, readJsonFile } from '../../corpus/load/translation-data';
import type { CodedProblem } from '../../corpus/validate/coded-problem';
import { readLayerFile, type ReadAnnotation } from './read-layer';

/** The annotations folder; `TRIGLOT_ANNOTATIONS_DIR` points the command line and tests at a copy. */
export const ANNOTATIONS_DIR =
  process.env.TRIGLOT_ANNOTATIONS_DIR ?? new URL('../', import.meta.url).pathname;

/** Path of a document's file in the annotations folder. */
export const annotationPath = (docId: string, name: string, dir = ANNOTATIONS_DIR) =>
  join(dir, docId, name);

/** A layer's annotations, or null when the document has no such layer file. */
export function loadLayer(
  docId: string,
  layer: string,
  dir = ANNOTATIONS_DIR,
): { file: string; annotations: ReadAnnotation[]; problems: CodedProblem[] } | null {
  const path = annotationPath(docId, `${layer}.jsonld`, dir);
  if (!existsSync(path)) return null;
  const file = displayPath(path);
  const json = readJsonFile(path);
  if ('problem' in json) return { file, annotations: [], problems: [json.problem] };
  return { file, ...readLayerFile(json.value, file) };
}
