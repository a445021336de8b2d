/**
 * Keyword-in-context snippets: a window of the original text around the first occurrence, cut at
 * grapheme-cluster boundaries (so a Vietnamese letter with stacked marks, an emoji sequence or a
 * surrogate pair is never split), with every occurrence inside the window marked. Only the few
 * characters around each cut are segmented (Intl.Segmenter), which keeps a page of snippets cheap.
 */
import type { Span } from '../../../corpus/model/document';

export interface Snippet {
  /** The excerpt of the original text (never the normalised form). */
  text: string;
  /** Where the excerpt starts and ends in the record text (code points). */
  start: number;
  end: number;
  /** Occurrences inside the excerpt, in code points of `text`. */
  highlights: Span[];
  /** Whether text was cut before `start` / after `end` (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Context kept on each side of the first occurrence, in code points (then moved to a boundary). */
export const SNIPPET_CONTEXT = 30;
/** How far around a cut the segmenter looks for a grapheme boundary (code points). */
const SNAP_WINDOW = 16;

let segmenter: Intl.Segmenter | null = null;

/** Code-point ↔ UTF-16 arithmetic for one text, free when the text has no surrogate pair. */
class Offsets {
  readonly length: number;
  private readonly units: number[] | null;

  constructor(readonly text: string) {
    if (!/[\ud800-\udfff]/u.test(text)) {
      this.units = null;
      this.length = text.length;
      return;
    }
    const units: number[] = [];
    for (let i = 0; i < text.length;) {
      units.push(i);
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    units.push(text.length);
    this.units = units;
    this.length = units.length - 1;
  }

  /** The UTF-16 index of code point `cp`. */
  unit(cp: number): number {
    return this.units ? (this.units[cp] as number) : cp;
  }

  /** The code-point offset of UTF-16 index `unit` (which must start a code point). */
  codePoint(unit: number): number {
    if (!this.units) return unit;
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.units[mid] as number) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Characters between which UAX #29 always puts a grapheme boundary: Latin (with Vietnamese) and
 * CJK letters, digits and punctuation, general punctuation and symbols — none of them Extend, ZWJ,
 * SpacingMark, Prepend, Hangul, regional indicator or CR (combining marks for symbols, U+20D0–
 * U+20FF, are left out). Around anything else the segmenter decides.
 */
function isSimple(cp: number): boolean {
  return (
    (cp >= 0x20 && cp < 0x300) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    // General punctuation (not the invisible controls and joiners), symbols, arrows, maths.
    (cp >= 0x2010 && cp <= 0x2027) ||
    (cp >= 0x2030 && cp <= 0x205e) ||
    (cp >= 0x2070 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x2bff) ||
    (cp >= 0x3000 &&
      cp <= 0x9fff &&
      !(cp >= 0x302a && cp <= 0x302f) &&
      cp !== 0x3099 &&
      cp !== 0x309a) ||
    (cp >= 0xff00 && cp <= 0xffef && cp !== 0xff9e && cp !== 0xff9f)
  );
}

/** The grapheme boundary at or beyond `cp` in `direction` (the cut only ever widens the window). */
function snap(offsets: Offsets, cp: number, direction: -1 | 1): number {
  if (cp <= 0 || cp >= offsets.length) return Math.max(0, Math.min(cp, offsets.length));
  const at = offsets.unit(cp);
  const before = offsets.text.codePointAt(offsets.unit(cp - 1)) ?? 0;
  if (isSimple(before) && isSimple(offsets.text.codePointAt(at) ?? 0)) return cp;
  const from = Math.max(0, cp - SNAP_WINDOW);
  const to = Math.min(offsets.length, cp + SNAP_WINDOW);
  const fromUnit = offsets.unit(from);
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  const bounds: number[] = [];
  for (const { index } of segmenter.segment(offsets.text.slice(fromUnit, offsets.unit(to)))) {
    // The window's own first boundary may fall inside a cluster unless it is the text's start.
    if (index > 0 || from === 0) bounds.push(offsets.codePoint(fromUnit + index));
  }
  if (to === offsets.length) bounds.push(to);
  if (direction < 0) {
    for (let i = bounds.length - 1; i >= 0; i--)
      if ((bounds[i] as number) <= cp) return bounds[i] as number;
  } else {
    for (const b of bounds) if (b >= cp) return b;
  }
  return cp;
}

/** The snippet of `text` around `ranges[0]` (or the text's start when there is no range). */
export function makeSnippet(text: string, ranges: Span[], context = SNIPPET_CONTEXT): Snippet {
  const offsets = new Offsets(text);
  const first = ranges[0] ?? { start: 0, end: 0 };
  const start = snap(offsets, Math.max(0, first.start - context), -1);
  const end = snap(offsets, Math.min(offsets.length, first.end + context), 1);
  const highlights = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return {
    text: text.slice(offsets.unit(start), offsets.unit(end)),
    start,
    end,
    highlights,
    cutBefore: start > 0,
    cutAfter: end < offsets.length,
  };
}

/** The snippet as one line of plain text, with an ellipsis where it was cut. */
export function snippetLine(snippet: Snippet): string {
  return `${snippet.cutBefore ? '…' : ''}${snippet.text}${snippet.cutAfter ? '…' : ''}`;
}
