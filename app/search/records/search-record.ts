/**
 * The search record: the one shape the engine indexes. Document blocks are records today;
 * annotation bodies and glossary entries become records through the adapters next to this file,
 * each with its `layer`, so the engine, the facets and the command line need no change when they
 * arrive (see README, "Search", extension point).
 */
import type { Block, Document, PageBreak, Span } from '../../../corpus/model/document';

/** Where a record's text comes from: the document itself, an annotation layer, or the glossary. */
export const RECORD_LAYERS = [
  'text',
  'claim',
  'evidence',
  'term',
  'vietnamese',
  'editorial',
  'glossary',
] as const;
export type RecordLayer = (typeof RECORD_LAYERS)[number];

/** Record kinds besides the block kinds of corpus/model/document.ts. */
export const EXTRA_RECORD_KINDS = ['annotation', 'glossary-entry'] as const;

export interface SearchRecord {
  /** Unique within an engine: `<doc>#<block>` for blocks, the IRI for annotations and glossary entries. */
  id: string;
  docId: string;
  /** The block the reader opens for this record; a glossary entry names itself (`glossary:<term>`). */
  blockId: string;
  /** The block kind (`paragraph`, `footnote`…), or `annotation` / `glossary-entry`. */
  kind: string;
  /** BCP 47 language of `text` (`zh-Hant`, `en`, `vi`; `mul` for a multilingual glossary entry). */
  lang: string;
  layer: RecordLayer;
  /** Section id (`s2.3.1`, `abstract`, `appendix`…), as in the Document. */
  section: string;
  /** The section's heading as printed (`（一）過去有關「避險」分析之限制`), for result lists. */
  sectionTitle: string;
  /** First and last print page of the passage; null for what has no page (a glossary entry). */
  pages: [number, number] | null;
  /** Page breaks inside `text` (code points), as in the Document; empty for other layers. */
  pageBreaks: PageBreak[];
  /** The NFC text that is searched and shown (never the normalised form). */
  text: string;
  /** For an annotation body: the annotated span of `blockId` (code points of the block's text). */
  anchor?: Span;
}

/** The search records of a document's blocks, in reading order. */
export function recordsFromDocument(document: Document): SearchRecord[] {
  const titles = sectionTitles(document);
  return document.blocks.map((block) => blockRecord(document.id, block, titles));
}

/** Section id → its printed heading (label + title). */
export function sectionTitles(document: Document): Map<string, string> {
  return new Map(
    document.sections.map((s) => [s.id, s.label ? `${s.label}${s.title}` : s.title] as const),
  );
}

function blockRecord(docId: string, block: Block, titles: Map<string, string>): SearchRecord {
  return {
    id: `${docId}#${block.id}`,
    docId,
    blockId: block.id,
    kind: block.kind,
    lang: block.lang,
    layer: 'text',
    section: block.section,
    sectionTitle: titles.get(block.section) ?? '',
    pages: [block.pages[0], block.pages[1]],
    pageBreaks: block.pageBreaks.map(({ offset, page }) => ({ offset, page })),
    text: block.text,
  };
}

/** The print page of the character at code point `offset` of a record's text (null: no pages). */
export function pageAt(
  record: Pick<SearchRecord, 'pages' | 'pageBreaks'>,
  offset: number,
): number | null {
  if (!record.pages) return null;
  let page = record.pages[0];
  for (const pageBreak of record.pageBreaks) {
    if (pageBreak.offset <= offset) page = pageBreak.page;
    else break;
  }
  return page;
}
