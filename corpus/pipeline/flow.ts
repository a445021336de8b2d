/**
 * Running text: headings and paragraphs. The extraction keeps no indentation and no blank line
 * between paragraphs, so a paragraph ends where a print line is visibly shorter than the full
 * measure (the first line of a paragraph is indented two characters). The measure is the most
 * common line width of the zone. Where width cannot decide, a layout hint does.
 */
import { displayWidth } from './display-width';
import type { TextLine } from './footnotes';
import type { LineEndHint } from './layout-hints';
import type { Problem } from './problems';

export interface HeadingUnit {
  kind: 'heading';
  level: number;
  label: string;
  title: string;
  lines: TextLine[];
}

export interface ParagraphUnit {
  kind: 'paragraph';
  lines: TextLine[];
}

export type FlowUnit = HeadingUnit | ParagraphUnit;

const HEADINGS: { level: number; pattern: RegExp }[] = [
  { level: 1, pattern: /^([壹貳參肆伍陸柒捌玖拾])、(.+)$/u },
  { level: 2, pattern: /^([一二三四五六七八九十]+)、(.+)$/u },
  { level: 3, pattern: /^（([一二三四五六七八九十]+)）(.+)$/u },
];
const MAX_HEADING_WIDTH = 30;
const INDENT = 2;
const TOLERANCE = 1;
/** A paragraph ends with a full stop or a colon, possibly inside a closing quote or bracket. */
const SENTENCE_END = /[。！？：][」』）]?$|[」』）]。$/u;

/** Paragraph-break decisions the hints impose, and which hints were used. */
export class BreakHints {
  private readonly used = new Map<LineEndHint, number>();
  constructor(
    private readonly ends: LineEndHint[],
    private readonly continues: LineEndHint[],
  ) {}

  /** `true`/`false` when a hint decides whether a paragraph ends after `text`, else null. */
  decide(text: string): boolean | null {
    for (const [list, verdict] of [
      [this.ends, true],
      [this.continues, false],
    ] as const) {
      const hint = list.find((h) => text.endsWith(h.lineEndsWith.normalize('NFC')));
      if (hint) {
        this.used.set(hint, (this.used.get(hint) ?? 0) + 1);
        return verdict;
      }
    }
    return null;
  }

  /** Hints that matched no print line, or more than one. */
  problems(layoutFile: string): Problem[] {
    const problems: Problem[] = [];
    for (const [key, list] of [
      ['paragraphEnds', this.ends],
      ['paragraphContinues', this.continues],
    ] as const) {
      list.forEach((hint, index) => {
        const count = this.used.get(hint) ?? 0;
        if (count !== 1) {
          problems.push({
            where: layoutFile,
            message: `${key}[${index}] names the line ending 「${hint.lineEndsWith}」, expected on 1 print line but found on ${count}`,
          });
        }
      });
    }
    return problems;
  }
}

/** Splits a run of text lines into headings and paragraphs. */
export function segmentFlow(
  lines: TextLine[],
  hints: BreakHints,
  measure = measureOf(lines),
): FlowUnit[] {
  const printLines = groupPrintLines(lines);
  const units: FlowUnit[] = [];
  let paragraph: TextLine[] = [];
  const closeParagraph = () => {
    if (paragraph.length > 0) units.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };

  printLines.forEach((printLine, index) => {
    const text = printLine.map((l) => l.text).join('');
    const heading = matchHeading(text);
    if (heading) {
      closeParagraph();
      units.push({ kind: 'heading', ...heading, lines: printLine });
      return;
    }
    const isFirst = paragraph.length === 0;
    paragraph.push(...printLine);
    const isLast = index === printLines.length - 1;
    const short = displayWidth(text) < measure - (isFirst ? INDENT : 0) - TOLERANCE;
    const ends = hints.decide(text) ?? (SENTENCE_END.test(text) && short);
    if (ends || isLast) closeParagraph();
  });
  return units;
}

function matchHeading(text: string): Omit<HeadingUnit, 'kind' | 'lines'> | null {
  if (displayWidth(text) > MAX_HEADING_WIDTH || SENTENCE_END.test(text)) return null;
  for (const { level, pattern } of HEADINGS) {
    const m = pattern.exec(text);
    if (m) return { level, label: m[1] ?? '', title: m[2] ?? '' };
  }
  return null;
}

/** Lines the extraction split at a footnote marker belong to one print line again. */
function groupPrintLines(lines: TextLine[]): TextLine[][] {
  const groups: TextLine[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && line.continuesPrintLine) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

/** The most common rounded width: the full measure of a zone's print lines. */
export function measureOf(lines: TextLine[]): number {
  const printLines = groupPrintLines(lines);
  const counts = new Map<number, number>();
  for (const printLine of printLines) {
    const width = Math.round(displayWidth(printLine.map((l) => l.text).join('')));
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}
