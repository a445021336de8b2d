// Types of the virtual modules made by `app/web/build/citations-plugin.ts`.

declare module 'virtual:triglot/citation-tables' {
  import type { CitationTable } from '../../citation/citation-table';
  /** Document id → the article's citation strings, rendered by citeproc-js at bundle time. */
  const tables: Record<string, CitationTable>;
  export default tables;
}

declare module 'virtual:triglot/citation-indexes' {
  import type { BundledCitationIndex } from './bundled-citation-index';
  /** Document id → its source index, built at bundle time by the command line's parser. */
  const indexes: Record<string, BundledCitationIndex>;
  export default indexes;
}
