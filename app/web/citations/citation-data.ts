/**
 * The citation index of a document in the reader: the same parser and classification the command
 * line uses (`corpus/citations/`), run once per document on the bundled Document and its
 * `sources.json` (a few milliseconds), with lookups by block and by source key.
 */
import { buildCitationIndex } from '../../../corpus/citations/citation-index';
import type { CitationIndex } from '../../../corpus/citations/citation-index';
import type { Citation } from '../../../corpus/citations/citation';
import type { SourceEntry } from '../../../corpus/citations/source-index';
import type { Document } from '../../../corpus/model/document';

// Bundled with the reader: the classification files are small (about 3 KB gzip for the article).
const classificationFiles = import.meta.glob<unknown>('../../../corpus/*/sources.json', {
  eager: true,
  import: 'default',
});

export interface ReaderCitationIndex extends CitationIndex {
  /** Block id → its citations, in text order. */
  byBlock: Map<string, Citation[]>;
  /** Source key → its entry. */
  byKey: Map<string, SourceEntry>;
  /** Number of in-text citations in the document. */
  total: number;
}

const cache = new WeakMap<Document, ReaderCitationIndex>();

/** The citation index of `document`, built on first use and kept. */
export function citationIndexOf(document: Document): ReaderCitationIndex {
  const cached = cache.get(document);
  if (cached) return cached;
  const file = `corpus/${document.id}/sources.json`;
  const json = classificationFiles[`../../../${file}`] ?? { sources: {} };
  const index = buildCitationIndex(document, json, file);
  const byBlock = new Map<string, Citation[]>();
  for (const citation of index.citations)
    byBlock.set(citation.blockId, [...(byBlock.get(citation.blockId) ?? []), citation]);
  const result: ReaderCitationIndex = {
    ...index,
    byBlock,
    byKey: new Map(index.sources.map((entry) => [entry.key, entry])),
    total: index.citations.length,
  };
  cache.set(document, result);
  return result;
}

/** The citation of `block` that covers `offset` (code points), if any. */
export function citationAt(
  index: ReaderCitationIndex,
  blockId: string,
  offset: number,
): Citation | undefined {
  return index.byBlock.get(blockId)?.find((c) => c.start <= offset && offset < c.end);
}
