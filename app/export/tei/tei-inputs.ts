/** Everything the TEI export is made from: the Document, the curated layers and the plug-in parts. */
import type { LoadedAnnotation } from '../../../annotations/load/load-annotations';
import type { GlossaryTerm } from '../../../annotations/model/glossary';
import type { Block, Document, Lang, Span } from '../../../corpus/model/document';

/** What the export knows of a Vietnamese item besides its occurrences (all of it the project's). */
export interface VietnameseItemInfo {
  id: string;
  /** The standard spelling with diacritics. */
  standard?: string;
  /** An English gloss. */
  gloss?: string;
  /** The article's forms of the item and their language (`vi` also for Vietnamese without diacritics). */
  forms?: { text: string; lang: 'vi' | 'zh-Hant' | 'en' }[];
}

export const ALIGNMENT_STATUSES = ['exact', 'partial', 'added', 'omitted'] as const;
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES)[number];

/** An aligned unit: a span of a block (code points), or one of the titles in the header. */
export type AlignmentSegment =
  { id: string; blockId: string; start: number; end: number } | { id: string; title: Lang };

/** What differs inside a `partial` pair, as the project reads it (quoting the words concerned). */
export interface AlignmentDifference {
  kind: 'omitted' | 'added' | 'changed';
  zh?: string;
  en?: string;
  explanation: string;
}

/** One alignment pair: segment ids on each side (one side empty for `added` / `omitted`). */
export interface AlignmentPair {
  /** A stable id (`a2`), written into the link's `xml:id`; pairs without one are numbered. */
  id?: string;
  zh: string[];
  en: string[];
  status: AlignmentStatus;
  /** The project's note for a translator. */
  note?: string;
  differences?: AlignmentDifference[];
}

/** A body passage an English abstract sentence summarises: a whole block, or a span of it. */
export type SummaryPassage = { blockId: string } | { blockId: string; start: number; end: number };

/** An English abstract sentence (a segment id) and the body passages it summarises. */
export interface SummaryLink {
  en: string;
  passages: SummaryPassage[];
  /** The project's note. */
  note?: string;
}

/** The alignment as the TEI writer takes it (`alignment-input.ts` adapts the stored file). */
export interface AlignmentInput {
  segments: AlignmentSegment[];
  pairs: AlignmentPair[];
  summaries?: SummaryLink[];
}

/** One in-text citation: its whole span and, where known, its parts (code points of the block). */
export interface Citation {
  start: number;
  end: number;
  author?: Span;
  year?: Span;
  locator?: Span;
  /** `Pape（2005, 36-38）`: the author is part of the sentence. */
  narrative?: boolean;
  /** The cited work's source key (`pape-2005`), as the source index has it. */
  key?: string;
}

/** Finds the in-text citations of a block. */
export type CitationFinder = (block: Block) => Citation[];

export interface TeiInputs {
  document: Document;
  /** The glossary's terms, or null when the document has no glossary. */
  glossary: GlossaryTerm[] | null;
  /** Every annotation of every layer, parsed and anchored by the shared loader. */
  annotations: LoadedAnnotation[];
  vietnameseItems: VietnameseItemInfo[];
  alignment: AlignmentInput | null;
  findCitations: CitationFinder;
}

/** Something the export could not place or link; the export goes on and lists it. */
export interface TeiProblem {
  where: string;
  message: string;
}
