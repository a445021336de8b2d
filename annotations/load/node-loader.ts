/** Reads a document's annotation files from disk (Node only: the command line and the tests). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Document } from '../../corpus/model/document';
import { LAYERS } from '../model/annotation';
import type { AnnotationError } from '../model/errors';
import { loadAnnotationSources } from './load-annotations';
import type { AnnotationSources, LayerSource, LoadedAnnotations } from './load-annotations';

/**
 * The annotations folder (one sub-folder per document); `TRIGLOT_ANNOTATIONS_DIR` points the
 * command line and the tests at another copy, as `TRIGLOT_CORPUS_DIR` does for the corpus.
 */
export const ANNOTATIONS_DIR =
  process.env.TRIGLOT_ANNOTATIONS_DIR ?? new URL('..', import.meta.url).pathname;

export const GLOSSARY_FILE = 'glossary.json';

/** Reads `<dir>/<doc-id>/<layer>.jsonld` for every layer that exists, and `glossary.json`. */
export function readAnnotationSources(docId: string, dir = ANNOTATIONS_DIR): AnnotationSources {
  const folder = join(dir, docId);
  const display = (name: string) => relative(process.cwd(), join(folder, name)) || name;
  const errors: AnnotationError[] = [];
  const read = (name: string): string | null => {
    try {
      return readFileSync(join(folder, name), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      errors.push({
        file: display(name),
        annotationId: null,
        code: 'malformed-file',
        message: `cannot read the file (${code})`,
      });
      return null;
    }
  };
  const layers: LayerSource[] = [];
  for (const layer of LAYERS) {
    const name = `${layer}.jsonld`;
    if (!existsSync(join(folder, name))) continue;
    const text = read(name);
    if (text !== null) layers.push({ file: display(name), layer, text });
  }
  const names = existsSync(folder) ? readdirSync(folder) : [];
  for (const name of names.filter((n) => n.endsWith('.jsonld')).sort()) {
    if ((LAYERS as readonly string[]).includes(name.slice(0, -'.jsonld'.length))) continue;
    errors.push({
      file: display(name),
      annotationId: null,
      code: 'unknown-layer',
      message: `not a layer file: the layers are ${LAYERS.map((l) => `${l}.jsonld`).join(', ')}`,
    });
  }
  const glossaryText = names.includes(GLOSSARY_FILE) ? read(GLOSSARY_FILE) : null;
  const glossary =
    glossaryText === null ? null : { file: display(GLOSSARY_FILE), text: glossaryText };
  return { docId, folder: relative(process.cwd(), folder) || '.', layers, glossary, errors };
}

/** Reads, parses and anchors every annotation layer of `document`. */
export function loadAnnotations(document: Document, dir = ANNOTATIONS_DIR): LoadedAnnotations {
  return loadAnnotationSources(document, readAnnotationSources(document.id, dir));
}
