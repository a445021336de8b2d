/**
 * Citation lookup's data for the reader, made at bundle time by the code the command line runs:
 * - `virtual:triglot/citation-indexes`: each document's source index (every citation parsed, each
 *   work classified by its `sources.json`), so the browser does not parse citations before its
 *   first paint;
 * - `virtual:triglot/citation-tables`: the article's citation strings rendered by citeproc-js for
 *   every page locator, so "cite this passage" needs no CSL processor in the browser (citeproc-js
 *   takes seconds to compile the two styles in Chromium: README, Citation lookup).
 */
import type { Plugin } from 'vite';
import { loadCitationIndex } from '../../../corpus/load/node-citation-index';
import { listDocumentIds, loadDocument, CORPUS_DIR } from '../../../corpus/load/node-loader';
import type { Document } from '../../../corpus/model/document';
import { formatProblem } from '../../../corpus/pipeline/problems';
import type { CitationTable } from '../../citation/citation-table';
import { loadCslResources } from '../../citation/node-csl-resources';
import { renderCitationTable } from '../../citation/render-citation-table';
import type { BundledCitationIndex } from '../citations/bundled-citation-index';

const INDEXES = 'virtual:triglot/citation-indexes';
const TABLES = 'virtual:triglot/citation-tables';
const CSL_DIR = new URL('../../citation/csl/', import.meta.url).pathname;

export function triglotCitations(): Plugin {
  return {
    name: 'triglot-citations',
    resolveId(id) {
      return id === INDEXES || id === TABLES ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${INDEXES}` && id !== `\0${TABLES}`) return undefined;
      const documents: Document[] = [];
      for (const docId of listDocumentIds()) {
        for (const name of ['source.txt', 'layout.json', 'metadata.json', 'sources.json'])
          this.addWatchFile(`${CORPUS_DIR}${docId}/${name}`);
        const result = loadDocument(docId);
        if (!result.document)
          this.error(
            `document ${docId} does not build:\n${result.problems.map(formatProblem).join('\n')}`,
          );
        documents.push(result.document);
      }
      if (id === `\0${INDEXES}`) {
        const indexes: Record<string, BundledCitationIndex> = {};
        for (const document of documents) {
          const { sources, problems } = loadCitationIndex(document);
          // As on the command line, a classification problem does not hide the citations: the
          // work shows as unclassified, and the build says why.
          for (const problem of problems) this.warn(formatProblem(problem));
          indexes[document.id] = { sources, problems };
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(indexes))});`;
      }
      for (const name of ['chicago-author-date.csl', 'apa.csl', 'locales-en-US.xml'])
        this.addWatchFile(`${CSL_DIR}${name}`);
      const tables: Record<string, CitationTable> = {};
      for (const document of documents)
        tables[document.id] = renderCitationTable(document, loadCslResources());
      return `export default ${JSON.stringify(tables)};`;
    },
  };
}
