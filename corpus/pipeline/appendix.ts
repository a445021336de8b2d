/** The appendix: its heading, the timeline's title, dated rows and the source line. */
import type { BlockSink } from './block-sink';
import type { TextLine } from './footnotes';
import { joinLines } from './join-lines';
import type { TimelineHint } from './layout-hints';
import type { Problem } from './problems';
import { buildTimeline } from './timeline';

/** Emits the appendix blocks; the column header row (repeated on every page) is not text. */
export function buildAppendix(
  lines: TextLine[],
  sink: BlockSink,
  hint: TimelineHint,
  sourceFile: string,
  problems: Problem[],
): void {
  const [heading, title, ...rest] = lines;
  if (heading?.text !== hint.heading || title?.text !== hint.title) {
    problems.push({
      where: `${sourceFile}:${heading?.n ?? 'end'}`,
      message: `expected the appendix heading 「${hint.heading}」 and its title 「${hint.title}」`,
    });
    return;
  }
  sink.openSection('appendix', '', hint.heading, 1, joinLines([heading]), 'zh-Hant');
  sink.add('appendix-title', 'zh-Hant', joinLines([title]), { kind: 'heading', level: 2 });
  const sourceIndex = rest.findIndex((l) => l.text === hint.sourceLine);
  if (sourceIndex < 0) {
    problems.push({
      where: sourceFile,
      message: `the appendix has no source line 「${hint.sourceLine}」`,
    });
    return;
  }
  const rows = rest.slice(0, sourceIndex).filter((l) => l.text !== hint.columnsLine);
  for (const entry of buildTimeline(rows, sourceFile, problems)) {
    const { entry: fields, ...text } = entry;
    sink.addNumbered('e', 'zh-Hant', text, { kind: 'timeline-entry', entry: fields });
  }
  const sourceLine = rest[sourceIndex] as TextLine;
  sink.add('appendix-source', 'zh-Hant', joinLines([sourceLine]), { kind: 'note', role: 'source' });
  for (const extra of rest.slice(sourceIndex + 1)) {
    problems.push({
      where: `${sourceFile}:${extra.n}`,
      message: `unexpected line after the appendix: 「${extra.text}」`,
    });
  }
}
