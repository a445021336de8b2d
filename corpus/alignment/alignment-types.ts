/**
 * The Chinese ↔ English alignment of a document's title, keywords and abstract, and the links from
 * each English abstract sentence to the body passages it summarises (`corpus/<doc>/alignment.json`,
 * documented in `corpus/alignment/FORMAT.md`). Offsets are code points of the block's NFC text.
 */

/** How the English renders a Chinese segment (Chinese is the source language). */
export const ALIGNMENT_STATUSES = ['exact', 'partial', 'added', 'omitted'] as const;
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES)[number];

/** What differs inside a `partial` pair. */
export const DIFFERENCE_KINDS = ['omitted', 'added', 'changed'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** The aligned parts of a document, each aligned separately. */
export const ALIGNED_UNITS = ['title', 'keywords', 'abstract'] as const;
export type AlignedUnitName = (typeof ALIGNED_UNITS)[number];

export type AlignedLang = 'zh-Hant' | 'en';

/** A segment is a span of a block ([start, end) code points), quoted in `text` for readability. */
export interface BlockSegment {
  id: string;
  lang: AlignedLang;
  blockId: string;
  start: number;
  end: number;
  text: string;
}

/** A segment that is not printed in the source but kept in the metadata (the Chinese title). */
export interface MetadataSegment {
  id: string;
  lang: AlignedLang;
  /** Dotted path into the document metadata, e.g. `csl.title`. */
  metadata: string;
  text: string;
}

export type Segment = BlockSegment | MetadataSegment;

/** One named difference inside a partial pair; `zh`/`en` quote the words concerned. */
export interface Difference {
  kind: DifferenceKind;
  zh?: string;
  en?: string;
  explanation: string;
}

/** A note for translators; always the project's, never the author's. */
export interface ProjectNote {
  by: 'project';
  text: string;
}

/** n Chinese segments ↔ m English segments (either side empty for `added` / `omitted`). */
export interface AlignmentPair {
  id: string;
  zh: string[];
  en: string[];
  status: AlignmentStatus;
  differences: Difference[];
  note?: ProjectNote;
}

export interface AlignedUnit {
  zh: Segment[];
  en: Segment[];
  pairs: AlignmentPair[];
}

/** A body passage: a whole block, or a span of it when `start`/`end`/`text` are given. */
export interface Passage {
  blockId: string;
  start?: number;
  end?: number;
  text?: string;
}

/** An English abstract sentence → the body passages it summarises. */
export interface SummaryLink {
  en: string;
  passages: Passage[];
  note?: ProjectNote;
}

export interface Alignment {
  doc: string;
  title: AlignedUnit;
  keywords: AlignedUnit;
  abstract: AlignedUnit;
  summaryLinks: SummaryLink[];
}

/** True when the segment points into a block (not into the metadata). */
export function isBlockSegment(segment: Segment): segment is BlockSegment {
  return 'blockId' in segment;
}
