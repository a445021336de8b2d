/**
 * Renders each document's citation strings with citeproc-js at bundle time and serves them as
 * `virtual:triglot/citation-tables`, so "cite this passage" in the reader needs no CSL processor
 * (citeproc-js takes seconds to compile the two styles in Chromium: README, Citation lookup).
 */
import type { Plugin } from 'vite';
import { listDocumentIds, loadDocument, CORPUS_DIR } from '../../../corpus/load/node-loader';
import { formatProblem } from '../../../corpus/pipeline/problems';
import type { CitationTable } from '../../citation/citation-table';
import { loadCslResources } from '../../citation/node-csl-resources';
import { renderCitationTable } from '../../citation/render-citation-table';

const VIRTUAL_ID = 'virtual:triglot/citation-tables';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const CSL_DIR = new URL('../../citation/csl/', import.meta.url).pathname;

export function triglotCitationTables(): Plugin {
  return {
    name: 'triglot-citation-tables',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const name of ['chicago-author-date.csl', 'apa.csl', 'locales-en-US.xml'])
        this.addWatchFile(`${CSL_DIR}${name}`);
      const tables: Record<string, CitationTable> = {};
      for (const docId of listDocumentIds()) {
        for (const name of ['source.txt', 'layout.json', 'metadata.json'])
          this.addWatchFile(`${CORPUS_DIR}${docId}/${name}`);
        const result = loadDocument(docId);
        if (!result.document)
          this.error(
            `document ${docId} does not build:\n${result.problems.map(formatProblem).join('\n')}`,
          );
        tables[docId] = renderCitationTable(result.document, loadCslResources());
      }
      return `export default ${JSON.stringify(tables)};`;
    },
  };
}
