/**
 * Builds every corpus document at bundle time (the same pipeline the command line runs) and
 * serves the result as `virtual:triglot/documents`. Nothing generated is written to the repository;
 * a document that does not build fails the build with its problems.
 */
import type { Plugin } from 'vite';
import { listDocumentIds, loadDocument, CORPUS_DIR } from '../../../corpus/load/node-loader';
import { formatProblem } from '../../../corpus/pipeline/problems';
import type { Document } from '../../../corpus/model/document';

const VIRTUAL_ID = 'virtual:triglot/documents';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function triglotDocuments(): Plugin {
  return {
    name: 'triglot-documents',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const documents: Document[] = [];
      for (const docId of listDocumentIds()) {
        for (const name of ['source.txt', 'layout.json', 'metadata.json']) {
          this.addWatchFile(`${CORPUS_DIR}${docId}/${name}`);
        }
        const result = loadDocument(docId);
        if (!result.document) {
          this.error(
            `document ${docId} does not build:\n${result.problems.map(formatProblem).join('\n')}`,
          );
        }
        documents.push(result.document);
      }
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(documents))});`;
    },
  };
}
