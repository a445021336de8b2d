/**
 * Tables. The extraction flattens a table into one cell (or part of one) per line, so the grid
 * comes from a layout hint; the hint's cells must spell out the source text exactly, in order
 * (whitespace aside), so a hint can shape the table but never change its words.
 */
import type { TableBlock, TableCell } from '../model/document';
import { composeParts, detachedPart } from './compose';
import type { TextLine } from './footnotes';
import { joinLines } from './join-lines';
import type { TableCellHint, TableHint } from './layout-hints';
import type { Problem } from './problems';

export type TableParts = Pick<
  TableBlock,
  'text' | 'pages' | 'pageBreaks' | 'footnoteRefs' | 'table'
> & { firstLine: number; lastLine: number };

/** Builds a table from the source lines between its caption and its source line (inclusive). */
export function buildTable(
  lines: TextLine[],
  hint: TableHint,
  where: string,
  problems: Problem[],
): TableParts | null {
  const [captionLine, ...rest] = lines;
  const sourceLine = rest.pop();
  if (!captionLine || !sourceLine) return null;
  let unitLine: TextLine | undefined;
  if (hint.unit !== undefined) {
    unitLine = rest.shift();
    if (unitLine?.text !== hint.unit) {
      problems.push({
        where,
        message: `table ${hint.number}: expected the unit line 「${hint.unit}」 right after the caption`,
      });
      return null;
    }
  }
  const cells = hint.rows.map((row) => row.map(normaliseCell));
  const fromSource = strip(rest.map((l) => l.text).join(''));
  const fromHint = strip(
    cells
      .flat()
      .map((c) => c.text)
      .join(''),
  );
  if (fromSource !== fromHint) {
    problems.push({
      where,
      message: `table ${hint.number}: the cells in the layout hints do not spell out the source text (they differ from 「${firstDifference(fromSource, fromHint)}」)`,
    });
    return null;
  }
  const page = captionLine.page;
  if (sourceLine.page !== page) {
    problems.push({ where, message: `table ${hint.number} crosses a page break (not supported)` });
  }
  const captionPart = joinLines([captionLine]);
  const unitPart = unitLine ? joinLines([unitLine]) : null;
  const cellParts = cells.flat().map((cell) => detachedPart(cell.text, page, captionLine.n));
  const sourcePart = joinLines([sourceLine]);
  const composed = composeParts([
    captionPart,
    ...(unitPart ? [unitPart] : []),
    ...cellParts,
    sourcePart,
  ]);
  const spans = [...composed.spans];
  const captionSpan = spans.shift();
  const unitSpan = unitPart ? spans.shift() : undefined;
  const sourceSpan = spans.pop();
  if (!captionSpan || !sourceSpan) return null;
  let next = 0;
  const rows: TableCell[][] = cells.map((row) =>
    row.map((cell) => {
      const span = spans[next++] ?? { start: 0, end: 0 };
      return { ...cell, ...span };
    }),
  );
  return {
    text: composed.text,
    pages: composed.pages,
    pageBreaks: composed.pageBreaks,
    footnoteRefs: composed.footnoteRefs,
    firstLine: captionLine.n,
    lastLine: sourceLine.n,
    table: {
      number: hint.number,
      caption: captionSpan,
      ...(unitSpan ? { unit: unitSpan } : {}),
      sourceLine: sourceSpan,
      rows,
    },
  };
}

function normaliseCell(cell: string | TableCellHint): Omit<TableCell, 'start' | 'end'> {
  const hint = typeof cell === 'string' ? { text: cell } : cell;
  return {
    text: hint.text.normalize('NFC'),
    header: hint.header ?? false,
    colSpan: hint.colSpan ?? 1,
    rowSpan: hint.rowSpan ?? 1,
  };
}

function strip(text: string): string {
  return text.replace(/\s+/gu, '');
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i, i + 12);
}
