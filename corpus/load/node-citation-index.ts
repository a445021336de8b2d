/** Loads a document's citation index from disk (Node only: the command line and the tests). */
import { join } from 'node:path';
import { buildCitationIndex } from '../citations/citation-index';
import type { CitationIndex } from '../citations/citation-index';
import type { Document } from '../model/document';
import { CORPUS_DIR } from './node-loader';
import { displayPath, readJsonFile } from './read-file';

/** The citation index of `document`, classified by `corpus/<id>/sources.json` (read problems included). */
export function loadCitationIndex(document: Document, corpusDir = CORPUS_DIR): CitationIndex {
  const path = join(corpusDir, document.id, 'sources.json');
  const read = readJsonFile(path);
  const json = 'value' in read ? read.value : { sources: {} };
  const index = buildCitationIndex(document, json, displayPath(path));
  if ('problem' in read)
    index.problems.unshift({ where: read.problem.where, message: read.problem.message });
  return index;
}
