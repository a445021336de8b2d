/**
 * Print pages. The first line is the first page; a new page begins at a line that starts with a
 * space or at a surviving running head, except at lines the hints name as merely right-aligned.
 */
import type { LayoutHints, LineHint } from './layout-hints';
import type { Problem } from './problems';
import type { SourceLine } from './source-lines';
import type { SourceFiles } from './source-files';

export interface PagedLine extends SourceLine {
  page: number;
}

export interface RunningHead {
  line: number;
  printed: number;
  computed: number;
}

export interface Pagination {
  /** Every line except running heads and dropped lines, with its print page. */
  lines: PagedLine[];
  runningHeads: RunningHead[];
  /** Line number where each page begins. */
  pageStarts: Map<number, number>;
  problems: Problem[];
}

/** Assigns print pages, removes running heads and the lines the hints drop. */
export function paginate(lines: SourceLine[], hints: LayoutHints, files: SourceFiles): Pagination {
  const problems: Problem[] = [];
  const headPatterns = hints.runningHeads.map((hint) => new RegExp(hint.pattern, 'u'));
  const notPageStart = matchLineHints(
    lines,
    hints.notPageStarts,
    files.layout,
    'notPageStarts',
    problems,
  );
  const dropped = matchLineHints(lines, hints.droppedLines, files.layout, 'droppedLines', problems);

  const out: PagedLine[] = [];
  const runningHeads: RunningHead[] = [];
  const pageStarts = new Map<number, number>();
  let page = hints.firstPage;
  pageStarts.set(page, lines[0]?.n ?? 1);

  lines.forEach((line, index) => {
    const head = headPatterns.map((re) => re.exec(line.text)).find((m) => m !== null);
    const startsPage =
      index > 0 && (head !== undefined || (line.leadingSpace && !notPageStart.has(line.n)));
    if (startsPage) {
      page++;
      pageStarts.set(page, line.n);
    }
    if (head) {
      const printed = Number(head[1]);
      runningHeads.push({ line: line.n, printed, computed: page });
      if (printed !== page) {
        problems.push({
          where: `${files.source}:${line.n}`,
          message: `running head prints page ${printed} but the page breaks give page ${page}`,
        });
      }
      return;
    }
    if (dropped.has(line.n)) return;
    out.push({ ...line, page });
  });
  return { lines: out, runningHeads, pageStarts, problems };
}

/** Finds the lines each hint names; a hint matching the wrong number of lines is a problem. */
export function matchLineHints(
  lines: SourceLine[],
  hints: LineHint[],
  layoutFile: string,
  key: string,
  problems: Problem[],
): Set<number> {
  const matched = new Set<number>();
  hints.forEach((hint, index) => {
    const found = lines.filter((line) => line.text === hint.text.normalize('NFC'));
    const expected = hint.count ?? 1;
    if (found.length !== expected) {
      problems.push({
        where: layoutFile,
        message: `${key}[${index}] names the line 「${hint.text}」, expected on ${expected} line(s) of the source but found on ${found.length}`,
      });
    }
    for (const line of found) matched.add(line.n);
  });
  return matched;
}
