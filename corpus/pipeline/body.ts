/**
 * The article body (壹 … 伍): running text interrupted by tables, figures and the
 * received/accepted note.
 */
import type { BlockSink } from './block-sink';
import { composeParts } from './compose';
import type { TextLine } from './footnotes';
import { measureOf, segmentFlow } from './flow';
import type { BreakHints } from './flow';
import { joinLines } from './join-lines';
import type { LayoutHints } from './layout-hints';
import type { Problem } from './problems';
import { buildTable } from './tables';

const FIGURE_CAPTION = /^圖(\d+)\u3000/u;
const SOURCE_LINE = /^資料來源：/u;
const RECEIVED_NOTE = /^（收件：.+）$/u;

/** Emits the body's blocks into `sink`. */
export function walkBody(
  lines: TextLine[],
  sink: BlockSink,
  breakHints: BreakHints,
  hints: LayoutHints,
  sourceFile: string,
  problems: Problem[],
): void {
  // Structures are emitted in order after the whole body is read, so that every run of
  // running text is measured against the same full line width.
  const steps: (() => void)[] = [];
  const allFlow: TextLine[] = [];
  let flow: TextLine[] = [];
  const flush = () => {
    const run = flow;
    steps.push(() => emitFlow(run, sink, breakHints, measure));
    flow = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const tableHint = hints.tables.find((t) => t.caption.normalize('NFC') === line.text);
    if (tableHint) {
      flush();
      const end = lines.findIndex(
        (l, j) => j > i && l.text === tableHint.sourceLine.normalize('NFC'),
      );
      if (end < 0) {
        problems.push({
          where: `${sourceFile}:${line.n}`,
          message: `table ${tableHint.number}: no source line 「${tableHint.sourceLine}」 after the caption`,
        });
        continue;
      }
      const table = buildTable(
        lines.slice(i, end + 1),
        tableHint,
        `${sourceFile}:${line.n}`,
        problems,
      );
      if (table) {
        const { table: grid, ...text } = table;
        steps.push(() =>
          sink.add(`table-${tableHint.number}`, 'zh-Hant', text, { kind: 'table', table: grid }),
        );
      }
      i = end;
      continue;
    }
    const figure = FIGURE_CAPTION.exec(line.text);
    const next = lines[i + 1];
    if (figure && next && SOURCE_LINE.test(next.text)) {
      flush();
      const composed = composeParts([joinLines([line]), joinLines([next])]);
      const [caption, source] = composed.spans;
      if (caption && source) {
        const number = Number(figure[1]);
        steps.push(() =>
          sink.add(`figure-${number}`, 'zh-Hant', composed, {
            kind: 'figure',
            figure: { number, caption, sourceLine: source, imageInSource: false },
          }),
        );
      }
      i++;
      continue;
    }
    if (RECEIVED_NOTE.test(line.text)) {
      flush();
      const note = joinLines([line]);
      steps.push(() => sink.add('received', 'zh-Hant', note, { kind: 'note', role: 'received' }));
      continue;
    }
    flow.push(line);
    allFlow.push(line);
  }
  flush();
  const measure = measureOf(allFlow);
  for (const step of steps) step();
}

function emitFlow(
  lines: TextLine[],
  sink: BlockSink,
  breakHints: BreakHints,
  measure: number,
): void {
  if (lines.length === 0) return;
  for (const unit of segmentFlow(lines, breakHints, measure)) {
    const text = joinLines(unit.lines);
    if (unit.kind === 'heading') sink.openNumberedSection(unit.level, unit.label, unit.title, text);
    else sink.addNumbered('p', 'zh-Hant', text, { kind: 'paragraph' });
  }
}
