/**
 * Reads a document's annotation files from disk (Node only: the command line and the tests).
 * Every command that reads annotations (validate, glossary, export w3c, tei and tmx) reads them
 * here, so `TRIGLOT_ANNOTATIONS_DIR` means the same folder to all of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, readTextFile } from '../../corpus/load/read-file';
import type { Document } from '../../corpus/model/document';
import { parseGlossary } from '../glossary/parse-glossary';
import type { ParsedGlossary } from '../glossary/parse-glossary';
import { LAYERS } from '../model/annotation';
import type { AnnotationError } from '../model/errors';
import { loadAnnotationSources } from './load-annotations';
import type { AnnotationSources, LayerSource, LoadedAnnotations } from './load-annotations';

/**
 * The annotations folder: one sub-folder per document holding its layer files (`<layer>.jsonld`)
 * and its glossary (`glossary.json`). `TRIGLOT_ANNOTATIONS_DIR` points the command line and the
 * tests at another copy, as `TRIGLOT_CORPUS_DIR` does for the corpus. An absent file is an empty
 * layer (or no glossary): the folder holds what has been annotated, and only `validate` judges
 * whether something that is absent should be there.
 */
export const ANNOTATIONS_DIR =
  process.env.TRIGLOT_ANNOTATIONS_DIR ?? new URL('..', import.meta.url).pathname;

export const GLOSSARY_FILE = 'glossary.json';

/** The path of one of a document's annotation files (`<dir>/<doc-id>/<name>`). */
export const annotationFilePath = (docId: string, name: string, dir = ANNOTATIONS_DIR) =>
  join(dir, docId, name);

/** The text of a file, or null with a `malformed-file` error naming it. */
function readOrReport(path: string, errors: AnnotationError[]): string | null {
  const read = readTextFile(path);
  if ('text' in read) return read.text;
  errors.push({
    file: read.problem.where,
    annotationId: null,
    code: 'malformed-file',
    message: read.problem.message,
  });
  return null;
}

/** Reads `<dir>/<doc-id>/<layer>.jsonld` for every layer that exists, and `glossary.json`. */
export function readAnnotationSources(docId: string, dir = ANNOTATIONS_DIR): AnnotationSources {
  const folder = join(dir, docId);
  const errors: AnnotationError[] = [];
  const layers: LayerSource[] = [];
  for (const layer of LAYERS) {
    const path = join(folder, `${layer}.jsonld`);
    if (!existsSync(path)) continue;
    const text = readOrReport(path, errors);
    if (text !== null) layers.push({ file: displayPath(path), layer, text });
  }
  const names = existsSync(folder) ? readdirSync(folder) : [];
  for (const name of names.filter((n) => n.endsWith('.jsonld')).sort()) {
    if ((LAYERS as readonly string[]).includes(name.slice(0, -'.jsonld'.length))) continue;
    errors.push({
      file: displayPath(join(folder, name)),
      annotationId: null,
      code: 'unknown-layer',
      message: `not a layer file: the layers are ${LAYERS.map((l) => `${l}.jsonld`).join(', ')}`,
    });
  }
  const glossaryPath = join(folder, GLOSSARY_FILE);
  const glossaryText = names.includes(GLOSSARY_FILE) ? readOrReport(glossaryPath, errors) : null;
  const glossary =
    glossaryText === null ? null : { file: displayPath(glossaryPath), text: glossaryText };
  return { docId, folder: displayPath(folder), layers, glossary, errors };
}

/** Reads, parses and anchors every annotation layer of `document`. */
export function loadAnnotations(document: Document, dir = ANNOTATIONS_DIR): LoadedAnnotations {
  return loadAnnotationSources(document, readAnnotationSources(document.id, dir));
}

/**
 * The document's glossary alone (for exports that need no layer), with `file` null when there is
 * none: an absent glossary is an empty one.
 */
export function loadGlossary(
  docId: string,
  dir = ANNOTATIONS_DIR,
): ParsedGlossary & { file: string | null } {
  const path = annotationFilePath(docId, GLOSSARY_FILE, dir);
  if (!existsSync(path)) return { glossary: { terms: [], exclusions: [] }, errors: [], file: null };
  const errors: AnnotationError[] = [];
  const text = readOrReport(path, errors);
  if (text === null) return { glossary: { terms: [], exclusions: [] }, errors, file: null };
  return { ...parseGlossary(displayPath(path), text), file: displayPath(path) };
}
