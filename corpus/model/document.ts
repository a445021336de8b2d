/**
 * The structured Document that the pipeline builds from a raw source.
 *
 * Every offset in this file counts Unicode code points in the block's NFC-normalised `text`
 * (the W3C Web Annotation rule); conversion to UTF-16 happens only at the DOM edge.
 */

/** A BCP 47 tag for the three languages of the corpus. */
export type Lang = 'zh-Hant' | 'en' | 'vi';

/** A half-open range [start, end) in code points of a block's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** The print page that begins at `offset` (code points) inside a block that crosses a page break. */
export interface PageBreak {
  offset: number;
  page: number;
}

/** A footnote marker removed from the text; `offset` is where it stood (code points). */
export interface FootnoteRef {
  n: number;
  offset: number;
}

/** Raw-source provenance, for error messages and for the conservation test. */
export interface SourceRange {
  firstLine: number;
  lastLine: number;
}

interface BlockBase {
  /** Stable, readable id: `s2.3.1-p4`, `fn-6`, `table-1`, `appendix-e12` (see README). */
  id: string;
  lang: Lang;
  /** Id of the section the block belongs to (`abstract`, `s2.3.1`, `appendix`, `abstract-en`). */
  section: string;
  /** First and last print page the block spans. */
  pages: [number, number];
  pageBreaks: PageBreak[];
  /** Clean NFC text: no line breaks, running heads, page numbers or footnote markers. */
  text: string;
  footnoteRefs: FootnoteRef[];
  source: SourceRange;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1 for 壹、…, 2 for 一、…, 3 for （一）…; 1 also for 摘要, 附錄 and the English title. */
  level: number;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
}

export interface AbstractBlock extends BlockBase {
  kind: 'abstract';
}

export interface FootnoteBlock extends BlockBase {
  kind: 'footnote';
  footnote: number;
  /** Id of the block whose text carries this footnote's marker. */
  refBlockId: string;
}

export interface KeywordsBlock extends BlockBase {
  kind: 'keywords';
  /** Each keyword as a span of `text` (the label 「關鍵詞：」 / "Keywords:" is not a keyword). */
  keywords: Span[];
}

export interface TableCell extends Span {
  text: string;
  header: boolean;
  colSpan: number;
  rowSpan: number;
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  table: {
    number: number;
    caption: Span;
    unit?: Span;
    sourceLine: Span;
    /** Every row, header rows included; a spanned cell appears once, in its first row/column. */
    rows: TableCell[][];
  };
}

export interface FigureBlock extends BlockBase {
  kind: 'figure';
  figure: {
    number: number;
    caption: Span;
    sourceLine: Span;
    /** The source is a text extraction: the chart itself is not in it. */
    imageInSource: false;
  };
}

export interface TimelineEntryBlock extends BlockBase {
  kind: 'timeline-entry';
  entry: {
    /** The date as printed, e.g. 「2000年11月16日至19日」. */
    date: Span;
    event: Span;
    /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) of the first and last day the date names. */
    start: string;
    end: string;
  };
}

export type NoteRole = 'received' | 'author' | 'affiliation' | 'source';

export interface NoteBlock extends BlockBase {
  kind: 'note';
  role: NoteRole;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | AbstractBlock
  | FootnoteBlock
  | KeywordsBlock
  | TableBlock
  | FigureBlock
  | TimelineEntryBlock
  | NoteBlock;

export type BlockKind = Block['kind'];

export interface Section {
  id: string;
  /** The article's own numbering (`壹`, `一`, `（一）`), empty for unnumbered sections. */
  label: string;
  title: string;
  level: number;
  headingBlockId: string;
  parentId: string | null;
}

/** CSL-JSON item (https://citationstyles.org/) describing the document; extra data in `custom`. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  [field: string]: unknown;
}

export interface DocumentMetadata {
  csl: CslItem;
  languages: Lang[];
  pagesSource?: string;
}

export interface TimelineColumns {
  date: string;
  event: string;
}

export interface Document {
  id: string;
  metadata: DocumentMetadata;
  blocks: Block[];
  sections: Section[];
  pages: { first: number; last: number };
  /** Column labels of the appendix timeline as printed (the repeated header row). */
  timelineColumns?: TimelineColumns;
}
