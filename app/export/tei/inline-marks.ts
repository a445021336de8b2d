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
  /** Among marks with the same range, lower is written outside (but see `encloses`). */
  nesting: number;
  /** For reports: what the mark is (`term`, `foreign`, `citation`…). */
  kind: string;
  /**
   * A mark that only makes sense directly inside another (`<author>` inside `<bibl>`): it falls
   * with its parent, and no other element may stand between the two.
   */
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

/**
 * The order of marks with the same range, as a key compared element by element (a prefix comes
 * first). A dependent mark must be a child of its parent, so among its equals it goes outermost
 * (`<bibl><author><rs>…` and never `<bibl><rs><author>…`), or right inside its parent when the
 * parent has the same range; any other mark goes by its `nesting`.
 */
function tieKey(mark: WrapMark): number[] {
  const parent = mark.dependsOn;
  if (!parent) return [mark.nesting];
  if (parent.start === mark.start && parent.end === mark.end) return [...tieKey(parent), 0];
  return [-Infinity];
}

/** The order in which marks open: by start, longer first, then by `tieKey`. */
export function openingOrder(a: WrapMark, b: WrapMark): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  const [ka, kb] = [tieKey(a), tieKey(b)];
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const diff = (ka[i] as number) - (kb[i] as number);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  return ka.length - kb.length;
}

/** Whether `outer` is written around `inner` (two marks that do not cross). */
export function encloses(outer: WrapMark, inner: WrapMark): boolean {
  return (
    outer !== inner &&
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    openingOrder(outer, inner) < 0
  );
}

/**
 * Whether `mark` would stand between a dependent mark and its parent (or, for a dependent
 * `mark`, whether one of `accepted` would stand between it and its parent).
 */
export function separatesFromParent(mark: WrapMark, accepted: WrapMark[]): boolean {
  const between = (parent: WrapMark, middle: WrapMark, child: WrapMark) =>
    middle !== parent && encloses(parent, middle) && encloses(middle, child);
  if (mark.dependsOn) {
    const parent = mark.dependsOn;
    if (accepted.some((other) => between(parent, other, mark))) return true;
  }
  return accepted.some(
    (child) => child.dependsOn !== undefined && between(child.dependsOn, mark, child),
  );
}
