/**
 * Joins the lines of one block into clean text: no line breaks, words split across lines or
 * pages rejoined, a space kept only between two words of Latin script, page breaks and footnote
 * markers recorded at their code-point offsets.
 */
import { codePointLength, sliceCodePoints } from '../text/code-points';
import type { FootnoteRef, PageBreak } from '../model/document';
import type { TextLine } from './footnotes';

export interface JoinedText {
  text: string;
  pages: [number, number];
  pageBreaks: PageBreak[];
  footnoteRefs: FootnoteRef[];
  firstLine: number;
  lastLine: number;
}

const LATIN_END = /[\p{Script=Latin}\p{N},.;:!?)\]’”'"%-]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{N}(['"‘“]/u;

/** Joins `lines` (at least one) into one block's text. */
export function joinLines(lines: TextLine[]): JoinedText {
  const first = lines[0];
  if (!first) throw new Error('joinLines needs at least one line');
  let text = '';
  let length = 0;
  const pageBreaks: PageBreak[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  let page = first.page;
  let previous: TextLine | null = null;

  for (const line of lines) {
    const lineText = collapseSpaces(line.text);
    if (previous && needsSpace(previous, lineText)) {
      text += ' ';
      length++;
    }
    if (line.page !== page) {
      pageBreaks.push({ offset: length, page: line.page });
      page = line.page;
    }
    for (const marker of line.markers) {
      footnoteRefs.push({ n: marker.n, offset: length + markerOffset(line.text, marker.offset) });
    }
    text += lineText;
    length += codePointLength(lineText);
    previous = line;
  }
  const last = lines[lines.length - 1] ?? first;
  return {
    text,
    pages: [first.page, last.page],
    pageBreaks,
    footnoteRefs,
    firstLine: first.n,
    lastLine: last.n,
  };
}

/** A line ending inside a run of Latin text, with a space before the break, keeps one space. */
function needsSpace(previous: TextLine, next: string): boolean {
  return previous.trailingSpace && LATIN_END.test(previous.text) && LATIN_START.test(next);
}

/** Runs of ASCII spaces become one; full-width spaces are typography and stay. */
export function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ');
}

/** Maps a code-point offset in the raw line text to the same place after collapsing spaces. */
function markerOffset(raw: string, offset: number): number {
  return codePointLength(collapseSpaces(sliceCodePoints(raw, 0, offset)));
}
