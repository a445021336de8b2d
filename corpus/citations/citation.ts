/**
 * In-text citations found in a Document, and the bracketed groups that looked like citations but
 * were not. Every offset counts Unicode code points in the block's NFC `text`.
 */
import type { Span } from '../model/document';

/** One author–date reference to one work, as the article prints it. */
export interface Citation {
  /** The work's key: the authors and year slugged (`pape-2005`, `dan-tri-2018c`, `吳玉山-2009`). */
  key: string;
  /** Author(s) and year as the article writes them, one space before the year (`吳玉山 2009`). */
  label: string;
  /** The author(s) exactly as printed: `Tran, Vieira, and Ferreira-Pereira`, `Vietnam MOFA`. */
  authorText: string;
  /** Each author or institution on its own (`['Tran', 'Vieira', 'Ferreira-Pereira']`). */
  authors: string[];
  year: number;
  /** The letter that tells apart works of one author and year (`c` in `Dan Tri 2018c`), or ''. */
  suffix: string;
  /** The cited pages as printed (`36-38`, `414`), or '' when none are given. */
  locator: string;
  /** `Pape（2005, 36-38）`: the author is part of the sentence, only the year is in brackets. */
  narrative: boolean;
  blockId: string;
  /** Where the citation starts and ends: the author for a narrative one, the item inside the brackets otherwise. */
  start: number;
  end: number;
  /** The print page on which the citation starts. */
  page: number;
  /** The block text between `start` and `end`. */
  raw: string;
  /** The whole bracketed group the citation belongs to, brackets included. */
  group: Span;
}

/** Why a bracketed text containing a year-like number is not a citation. */
export type RejectionReason =
  /** 「（1991年至2007年）」, 「（截至2019/6）」: a date or a period. */
  | 'date-or-period'
  /** 「（Trends in International Arms Transfers, 2017）」: no author–year pattern. */
  | 'not-author-year'
  /** A bracketed year with no author name right before it. */
  | 'no-narrative-author';

/** A bracketed text (or one `;`-separated item of it) that mentions a year but is not a citation. */
export interface RejectedCandidate {
  blockId: string;
  start: number;
  end: number;
  page: number;
  raw: string;
  reason: RejectionReason;
}

export interface CitationExtraction {
  citations: Citation[];
  rejected: RejectedCandidate[];
}
