/**
 * Splits a block's text into what the reader renders inline: text pieces (with their language and
 * marks such as highlights), print-page markers and footnote markers, all placed at code-point
 * offsets. Pure: the DOM only maps these to elements.
 */
import type { Lang } from '../../../corpus/model/document';

export interface Mark {
  start: number;
  end: number;
  /** A class-like key (`hit`, `linked`, `anno-claim`…) and optional data for the renderer. */
  key: string;
  data?: string;
}

export type Segment =
  | { type: 'text'; text: string; start: number; lang: Lang | null; marks: Mark[] }
  | { type: 'page'; page: number; offset: number }
  | { type: 'footnote'; n: number; offset: number };

export interface SegmentInput {
  text: string;
  pageBreaks: { offset: number; page: number }[];
  footnoteRefs: { n: number; offset: number }[];
  langRuns: { start: number; end: number; lang: Lang }[];
  marks: Mark[];
  /** Extra offsets where text must be split (the parts of a table or a timeline row). */
  cuts?: number[];
}

/** The inline segments of a block, in order. */
export function segmentBlock(input: SegmentInput): Segment[] {
  const chars = Array.from(input.text);
  const cuts = new Set<number>([0, chars.length]);
  for (const pb of input.pageBreaks) cuts.add(pb.offset);
  for (const ref of input.footnoteRefs) cuts.add(ref.offset);
  for (const run of input.langRuns) cuts.add(run.start).add(run.end);
  for (const mark of input.marks)
    cuts.add(clamp(mark.start, chars.length)).add(clamp(mark.end, chars.length));
  for (const cut of input.cuts ?? []) cuts.add(clamp(cut, chars.length));
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  points.forEach((at, index) => {
    // A footnote marker follows the text before it; a page marker precedes the text after it.
    for (const ref of input.footnoteRefs)
      if (ref.offset === at) segments.push({ type: 'footnote', n: ref.n, offset: at });
    for (const pb of input.pageBreaks)
      if (pb.offset === at) segments.push({ type: 'page', page: pb.page, offset: at });
    const next = points[index + 1];
    if (next === undefined || next === at) return;
    const run = input.langRuns.find((r) => r.start <= at && at < r.end);
    segments.push({
      type: 'text',
      text: chars.slice(at, next).join(''),
      start: at,
      lang: run?.lang ?? null,
      marks: input.marks.filter((m) => m.start <= at && at < m.end),
    });
  });
  return segments;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
