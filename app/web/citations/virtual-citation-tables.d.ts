declare module 'virtual:triglot/citation-tables' {
  import type { CitationTable } from '../../citation/citation-table';
  /** Document id → the article's citation strings, rendered by citeproc-js at bundle time. */
  const tables: Record<string, CitationTable>;
  export default tables;
}
