/** Loads a document's annotation layers for a consumer that must print all of them. */
import type { Document } from '../../corpus/model/document';
import { formatAnnotationError } from '../model/errors';
import type { LoadedAnnotations } from './load-annotations';
import { ANNOTATIONS_DIR, loadAnnotations } from './node-loader';

/** Some layer could not be read or parsed; the message lists every error by file and annotation. */
export class AnnotationLayersError extends Error {}

/**
 * The loaded layers, or an AnnotationLayersError listing every reading and parsing error: a
 * command or an export that prints the annotations (glossary, export w3c, export tei) must not
 * silently print fewer than are stored (`validate` says what is wrong).
 */
export function requireAnnotations(document: Document, dir = ANNOTATIONS_DIR): LoadedAnnotations {
  const loaded = loadAnnotations(document, dir);
  if (loaded.errors.length > 0) {
    throw new AnnotationLayersError(
      `the annotation layers of ${document.id} have errors (run validate):\n${loaded.errors.map(formatAnnotationError).join('\n')}`,
    );
  }
  return loaded;
}
