/**
 * The citation index of a document in the reader: the source index the command line builds
 * (`corpus/citations/`, made at bundle time), with lookups by block and by source key.
 */
import indexes from 'virtual:triglot/citation-indexes';
import type { Citation } from '../../../corpus/citations/citation';
import type { SourceEntry } from '../../../corpus/citations/source-index';
import type { Document } from '../../../corpus/model/document';
import type { Problem } from '../../../corpus/pipeline/problems';
import type { BundledCitationIndex } from './bundled-citation-index';

export interface ReaderCitationIndex {
  /** Every cited work, sorted by label. */
  sources: SourceEntry[];
  /** Every citation, in document order. */
  citations: Citation[];
  /** Block id → its citations, in text order. */
  byBlock: Map<string, Citation[]>;
  /** Source key → its entry. */
  byKey: Map<string, SourceEntry>;
  problems: Problem[];
}

const cache = new WeakMap<Document, ReaderCitationIndex>();

/** The citation index of `document` (empty if the bundle has none), its lookups made once. */
export function citationIndexOf(document: Document): ReaderCitationIndex {
  const cached = cache.get(document);
  if (cached) return cached;
  const bundled: BundledCitationIndex = indexes[document.id] ?? { sources: [], problems: [] };
  const { sources, problems } = bundled;
  const blockOrder = new Map(document.blocks.map((block, i) => [block.id, i]));
  const citations = sources
    .flatMap((entry) => entry.citations)
    .sort(
      (a, b) =>
        (blockOrder.get(a.blockId) ?? 0) - (blockOrder.get(b.blockId) ?? 0) || a.start - b.start,
    );
  const byBlock = new Map<string, Citation[]>();
  for (const citation of citations)
    byBlock.set(citation.blockId, [...(byBlock.get(citation.blockId) ?? []), citation]);
  const index: ReaderCitationIndex = {
    sources,
    citations,
    byBlock,
    byKey: new Map(sources.map((entry) => [entry.key, entry])),
    problems,
  };
  cache.set(document, index);
  return index;
}

/** The citation of `block` that covers `offset` (code points), if any. */
export function citationAt(
  index: ReaderCitationIndex,
  blockId: string,
  offset: number,
): Citation | undefined {
  return index.byBlock.get(blockId)?.find((c) => c.start <= offset && offset < c.end);
}
