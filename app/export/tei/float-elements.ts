/** Tables and figures: their caption, cells, unit and source line are pieces of the block's text. */
import type { FigureBlock, TableBlock, TableCell } from '../../../corpus/model/document';
import type { MarkSink } from './mark-sink';
import { renderBlockText } from './render-block-text';
import type { Attributes, XmlNode } from './xml';
import { PROJECT, element, node, raw, textElement } from './xml';
import { blockXmlId } from './xml-ids';

/** `<table>` with `<row role="label">` header rows and `<cell role="label" cols rows>` header cells. */
export function tableElement(block: TableBlock, sink: MarkSink, attrs: Attributes): XmlNode {
  const { caption, unit, sourceLine, rows, number } = block.table;
  const cells = rows.flat();
  const pieces = [caption, ...(unit ? [unit] : []), ...cells, sourceLine];
  const xml = renderBlockText(block, sink, pieces);
  let next = 0;
  const take = () => xml[next++] ?? '';
  const head = element('head', {}, take());
  const unitHead = unit ? element('head', { type: 'unit' }, take()) : '';
  const rowNodes = rows.map((row) =>
    node(
      'row',
      { role: row.every((cell) => cell.header) ? 'label' : undefined },
      row.map((cell) => raw(cellXml(cell, take()))),
    ),
  );
  const source = element('note', { type: 'source', place: 'inline' }, take());
  const cols = (rows[0] ?? []).reduce((sum, cell) => sum + cell.colSpan, 0);
  return node(
    'table',
    { 'xml:id': blockXmlId(block.id), n: number, rows: rows.length, cols, ...attrs },
    [raw(head), ...(unitHead ? [raw(unitHead)] : []), ...rowNodes, raw(source)],
  );
}

function cellXml(cell: TableCell, content: string): string {
  return element(
    'cell',
    {
      role: cell.header ? 'label' : undefined,
      cols: cell.colSpan > 1 ? cell.colSpan : undefined,
      rows: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    },
    content,
  );
}

/** `<figure>` with its caption and source line, and the project's note that the chart is absent. */
export function figureElement(block: FigureBlock, sink: MarkSink, attrs: Attributes): XmlNode {
  const [caption = '', source = ''] = renderBlockText(block, sink, [
    block.figure.caption,
    block.figure.sourceLine,
  ]);
  return node('figure', { 'xml:id': blockXmlId(block.id), n: block.figure.number, ...attrs }, [
    raw(element('head', {}, caption)),
    raw(element('note', { type: 'source', place: 'inline' }, source)),
    raw(
      textElement(
        'note',
        { type: 'absent', resp: PROJECT, 'xml:lang': 'en' },
        'The chart itself is not in the source, a PDF text extraction: only its caption and source line are.',
      ),
    ),
  ]);
}
