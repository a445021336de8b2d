/**
 * Where a partial pair's differences sit inside its sentences, so the parallel view can mark the
 * words concerned: the Chinese words an `omitted` or `changed` difference quotes, the English words
 * an `added` or `changed` one quotes. Offsets here are UTF-16 (display only, never stored).
 */
import type {
  AlignmentPair,
  DifferenceKind,
  Segment,
} from '../../../corpus/alignment/alignment-types';

export interface DifferenceMark {
  start: number;
  end: number;
  /** Index of the difference in the pair's list (shown as its number). */
  index: number;
  kind: DifferenceKind;
}

export interface TextPiece {
  text: string;
  start: number;
  end: number;
  /** The differences covering this piece (several when quotes overlap). */
  marks: DifferenceMark[];
}

/** The marks of each segment of a pair: each quote at its first occurrence in the pair's segments. */
export function differenceMarks(
  pair: AlignmentPair,
  segmentOf: (id: string) => Segment | undefined,
): Map<string, DifferenceMark[]> {
  const marks = new Map<string, DifferenceMark[]>();
  pair.differences.forEach((difference, index) => {
    for (const side of ['zh', 'en'] as const) {
      const quote = difference[side];
      if (!quote) continue;
      for (const id of pair[side]) {
        const at = segmentOf(id)?.text.indexOf(quote) ?? -1;
        if (at < 0) continue;
        const mark = { start: at, end: at + quote.length, index, kind: difference.kind };
        marks.set(id, [...(marks.get(id) ?? []), mark]);
        break;
      }
    }
  });
  return marks;
}

/** Cuts a text at every mark boundary; each piece lists the marks covering it. */
export function splitAtMarks(text: string, marks: DifferenceMark[]): TextPiece[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    if (to <= from) continue;
    pieces.push({
      text: text.slice(from, to),
      start: from,
      end: to,
      marks: marks.filter((m) => m.start <= from && to <= m.end),
    });
  }
  return pieces;
}
