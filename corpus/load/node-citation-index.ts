/** Loads a document's citation index from disk (Node only: the command line and the tests). */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCitationIndex } from '../citations/citation-index';
import type { CitationIndex } from '../citations/citation-index';
import type { Document } from '../model/document';
import { CORPUS_DIR } from './node-loader';

/** The citation index of `document`, classified by `corpus/<id>/sources.json` (read problems included). */
export function loadCitationIndex(document: Document, corpusDir = CORPUS_DIR): CitationIndex {
  const path = join(corpusDir, document.id, 'sources.json');
  const file = relative(process.cwd(), path) || path;
  let json: unknown = {};
  let readProblem: string | null = null;
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    readProblem = code
      ? `cannot read the file (${code})`
      : `not valid JSON (${(error as Error).message})`;
  }
  const index = buildCitationIndex(document, readProblem ? { sources: {} } : json, file);
  if (readProblem) index.problems.unshift({ where: file, message: readProblem });
  return index;
}
