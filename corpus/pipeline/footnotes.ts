/**
 * Footnotes. In the extraction a marker is a loose number (inside a line after CJK punctuation,
 * at a line start, or alone on a line) and a body is a run of lines at the bottom of the page it
 * interrupts. Markers and bodies are numbered 1, 2, 3…, and the marker of n always comes before
 * the body of n: a line starting with n is the marker until the marker of n has been seen, and
 * the body afterwards.
 */
import { codePointLength } from '../text/code-points';
import type { PagedLine } from './paginate';
import type { Problem } from './problems';
import type { SourceFiles } from './source-files';

export interface Marker {
  n: number;
  /** Code-point offset in the (marker-free) `text` of the line. */
  offset: number;
}

export interface TextLine extends PagedLine {
  markers: Marker[];
  /** True when the extraction broke one print line in two at a marker: rejoin without a break. */
  continuesPrintLine: boolean;
}

export interface FootnoteBody {
  n: number;
  page: number;
  lines: TextLine[];
}

export interface FootnoteSplit {
  lines: TextLine[];
  bodies: FootnoteBody[];
  problems: Problem[];
}

const BODY_START = /^(\d{1,2}) (.+)$/u;
const CJK_OR_PUNCT = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** Separates footnote bodies from the running text and lifts markers out of the text. */
export function splitFootnotes(lines: PagedLine[], files: SourceFiles): FootnoteSplit {
  const out: TextLine[] = [];
  const bodies: FootnoteBody[] = [];
  const problems: Problem[] = [];
  let nextMarker = 1;
  let current: FootnoteBody | null = null;
  let glueNext = false;

  for (const line of lines) {
    const bodyStart = BODY_START.exec(line.text);
    const bodyNumber = bodyStart ? Number(bodyStart[1]) : NaN;
    const expectedBody = (bodies.at(-1)?.n ?? 0) + 1;
    if (bodyStart && bodyNumber === expectedBody && bodyNumber < nextMarker) {
      current = { n: bodyNumber, page: line.page, lines: [] };
      bodies.push(current);
      current.lines.push(asTextLine({ ...line, text: bodyStart[2] ?? '' }));
      continue;
    }
    if (current && line.page === current.page) {
      current.lines.push(asTextLine(line));
      continue;
    }
    current = null;

    if (line.text === String(nextMarker)) {
      // A marker alone on a line: it sits at the end of the previous line.
      const previous = out.at(-1);
      if (previous)
        previous.markers.push({ n: nextMarker, offset: codePointLength(previous.text) });
      nextMarker++;
      glueNext = true;
      continue;
    }

    const textLine = asTextLine(line);
    textLine.continuesPrintLine = glueNext;
    glueNext = false;
    nextMarker = liftMarkers(textLine, nextMarker);
    out.push(textLine);
  }

  const markerCount = nextMarker - 1;
  if (markerCount !== bodies.length) {
    problems.push({
      where: files.source,
      message: `found ${markerCount} footnote markers but ${bodies.length} footnote bodies`,
    });
  }
  return { lines: out, bodies, problems };
}

/** Removes markers `next`, `next + 1`, … from the line; returns the next marker still expected. */
function liftMarkers(line: TextLine, next: number): number {
  const atStart = new RegExp(`^${next} (?=\\D)`, 'u');
  if (atStart.test(line.text)) {
    line.text = line.text.replace(atStart, '');
    line.markers.push({ n: next, offset: 0 });
    line.continuesPrintLine = true;
    next++;
  }
  for (;;) {
    const inside = new RegExp(`(?<=(.)) ?${next} (?=[^\\d\\s])`, 'u').exec(line.text);
    if (!inside || !CJK_OR_PUNCT.test(inside[1] ?? '')) return next;
    const before = line.text.slice(0, inside.index);
    line.text = before + line.text.slice(inside.index + inside[0].length);
    line.markers.push({ n: next, offset: codePointLength(before) });
    next++;
  }
}

function asTextLine(line: PagedLine): TextLine {
  return { ...line, markers: [], continuesPrintLine: false };
}
