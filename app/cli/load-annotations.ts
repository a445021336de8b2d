/** Loads a document's annotation layers for a command; unreadable or malformed ones stop it. */
import type { Document } from '../../corpus/model/document';
import { ANNOTATIONS_DIR, loadAnnotations } from '../../annotations/load/node-loader';
import type { LoadedAnnotations } from '../../annotations/load/load-annotations';
import { formatAnnotationError } from '../../annotations/model/errors';
import { CliError } from './cli-error';

/**
 * The loaded layers, or a CliError listing every reading and parsing error: a command or an
 * export that prints the annotations (glossary, export w3c, export tei) must not silently print
 * fewer than are stored (`validate` says what is wrong).
 */
export function requireAnnotations(document: Document, dir = ANNOTATIONS_DIR): LoadedAnnotations {
  const loaded = loadAnnotations(document, dir);
  if (loaded.errors.length > 0) {
    throw new CliError(
      `the annotation layers of ${document.id} have errors (run validate):\n${loaded.errors.map(formatAnnotationError).join('\n')}`,
      1,
    );
  }
  return loaded;
}
