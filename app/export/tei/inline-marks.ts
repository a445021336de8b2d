/**
 * What is written inside a block's text: elements that wrap a range (`<term>`, `<foreign>`,
 * `<choice>`…) and milestones that sit at one offset (`<pb/>`, `<anchor/>`, footnote `<note>`s).
 * Offsets are code points of the block's NFC text.
 */

/** Order of milestones at the same offset: what belongs to the text before goes first. */
export const MILESTONE_ORDER = {
  endAnchor: 0,
  footnote: 1,
  editorialNote: 2,
  pageBreak: 3,
  startAnchor: 4,
} as const;

/** An empty or self-contained element placed at one offset. */
export interface Milestone {
  offset: number;
  xml: string;
  order: number;
}

/** A `<span>` for a `<standOff>` group, written when a wrapping element cannot nest. */
export interface StandoffSpan {
  /** The `spanGrp/@type` it is listed under. */
  group: string;
  xml: string;
}

/** An element wrapping [start, end) of a block's text. */
export interface WrapMark {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Lower wins when two marks cross; the loser is written as `ifRejected` says. */
  priority: number;
  /** Among marks with the same range, lower is written outside. */
  nesting: number;
  /** For reports: what the mark is (`term`, `foreign`, `citation`…). */
  kind: string;
  /** A mark that only makes sense inside another (`<author>` inside `<bibl>`) falls with it. */
  dependsOn?: WrapMark;
  /** Milestones written only when the mark is written inline. */
  ifAccepted?: Milestone[];
  /** What replaces the mark when it cannot nest; `null`: it is dropped (and counted). */
  ifRejected: { milestones: Milestone[]; standoff?: StandoffSpan } | null;
}

/** Everything written inside one block. */
export interface BlockMarks {
  wraps: WrapMark[];
  milestones: Milestone[];
}

/** Whether two ranges overlap without one containing the other. */
export function crosses(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return (
    (a.start < b.start && b.start < a.end && a.end < b.end) ||
    (b.start < a.start && a.start < b.end && b.end < a.end)
  );
}
