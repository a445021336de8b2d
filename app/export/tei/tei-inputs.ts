/** Everything the TEI export is made from: the Document, the curated layers and the plug-in parts. */
import type { Layer, TriglotAnnotation } from '../../../annotations/model/annotation';
import type { Block, Document, Lang, Span } from '../../../corpus/model/document';

/** A glossary entry as `annotations/<doc>/glossary.json` holds it (see annotations/FORMAT.md). */
export interface GlossaryTerm {
  id: string;
  zh: string[];
  enForms?: string[];
  en: string;
  enSource: 'article' | 'project';
  vi?: string;
  viSource?: 'project';
  attributedTo?: string;
  definition: string;
  definitionSource?: 'project';
}

/** What the export knows of a Vietnamese item besides its occurrences (all of it the project's). */
export interface VietnameseItemInfo {
  id: string;
  /** The standard spelling with diacritics. */
  standard?: string;
  /** An English gloss. */
  gloss?: string;
}

export const ALIGNMENT_STATUSES = ['exact', 'partial', 'added', 'omitted'] as const;
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES)[number];

/** An aligned unit: a span of a block (code points), or one of the titles in the header. */
export type AlignmentSegment =
  { id: string; blockId: string; start: number; end: number } | { id: string; title: Lang };

/** One alignment pair: segment ids on each side (one side empty for `added` / `omitted`). */
export interface AlignmentPair {
  zh: string[];
  en: string[];
  status: AlignmentStatus;
  /** The project's note for a translator. */
  note?: string;
}

/** The alignment as the TEI writer takes it; an adapter turns the stored alignment file into this. */
export interface AlignmentInput {
  segments: AlignmentSegment[];
  pairs: AlignmentPair[];
}

/** One in-text citation: its whole span and, where known, its parts (code points of the block). */
export interface Citation {
  start: number;
  end: number;
  author?: Span;
  year?: Span;
  locator?: Span;
}

/** Finds the in-text citations of a block (the simple built-in finder or the citation parser). */
export type CitationFinder = (block: Block) => Citation[];

/** The annotations of each layer, typed by layer. */
export type LayerAnnotations = { [L in Layer]?: Extract<TriglotAnnotation, { layer: L }>[] };

export interface TeiInputs {
  document: Document;
  glossary: GlossaryTerm[] | null;
  /** The layers whose files exist, read into the internal model. */
  layers: LayerAnnotations;
  vietnameseItems: VietnameseItemInfo[];
  alignment: AlignmentInput | null;
  findCitations: CitationFinder;
}

/** Something the export could not place or link; the export goes on and lists it. */
export interface TeiProblem {
  where: string;
  message: string;
}
