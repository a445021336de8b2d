import type { ReactNode } from 'react';
import type { TableBlock } from '../../../corpus/model/document';

interface Props {
  block: TableBlock;
  /** Renders the text of [start, end) with its marks (highlights, linked passage); plain without. */
  inline?: (start: number, end: number) => ReactNode;
}

/** A table from the structured grid: header cells as <th> with their spans. */
export function TableView({ block, inline }: Props) {
  const firstDataRow = block.table.rows.findIndex((row) => row.some((cell) => !cell.header));
  const headerRows = firstDataRow < 0 ? block.table.rows : block.table.rows.slice(0, firstDataRow);
  const bodyRows = firstDataRow < 0 ? [] : block.table.rows.slice(firstDataRow);
  const cells = (row: TableBlock['table']['rows'][number], inHead: boolean) =>
    row.map((cell) => {
      const Tag = cell.header ? 'th' : 'td';
      const scope = cell.header
        ? inHead
          ? cell.colSpan > 1
            ? 'colgroup'
            : 'col'
          : 'row'
        : undefined;
      return (
        <Tag
          key={cell.start}
          colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
          rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
          scope={scope}
          lang={/^[\d.,%/]+$/u.test(cell.text) ? undefined : block.lang}
        >
          {inline ? inline(cell.start, cell.end) : cell.text}
        </Tag>
      );
    });
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby={`${block.id}-caption`}
    >
      <table id={`${block.id}-table`}>
        <thead>
          {headerRows.map((row, i) => (
            <tr key={`h${i}`}>{cells(row, true)}</tr>
          ))}
        </thead>
        <tbody>
          {bodyRows.map((row, i) => (
            <tr key={`b${i}`}>{cells(row, false)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
