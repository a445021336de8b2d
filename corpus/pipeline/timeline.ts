/**
 * The appendix timeline: rows of (date, event). A row starts with a printed date
 * (「1994年2月3日」, 「1997年4月至5月」); a date may continue on its own line (「至19日」), and the
 * event may run over several lines.
 */
import type { TimelineEntryBlock } from '../model/document';
import { composeParts } from './compose';
import type { TextLine } from './footnotes';
import { joinLines } from './join-lines';
import type { Problem } from './problems';

export type TimelineParts = Pick<
  TimelineEntryBlock,
  'text' | 'pages' | 'pageBreaks' | 'footnoteRefs' | 'entry'
> & { firstLine: number; lastLine: number };

const DATE_START =
  /^(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:至(?:\d{1,2}月)?(?:\d{1,2}日)?)?)(?: (.*))?$/u;
const DATE_CONTINUATION = /^至(?:\d{1,2}月)?(?:\d{1,2}日)?$/u;
const DATE_PARTS =
  /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:至(?:(\d{1,2})月)?(?:(\d{1,2})日)?)?$/u;

/** Splits the appendix rows into dated entries; lines before the first date are a problem. */
export function buildTimeline(
  lines: TextLine[],
  where: string,
  problems: Problem[],
): TimelineParts[] {
  const rows: { date: TextLine[]; event: TextLine[] }[] = [];
  for (const line of lines) {
    const row = rows.at(-1);
    const start = DATE_START.exec(line.text);
    if (start) {
      const date = { ...line, text: start[1] ?? '', trailingSpace: false, markers: [] };
      const event = start[2] ? [{ ...line, text: start[2] }] : [];
      rows.push({ date: [date], event });
    } else if (row && row.event.length === 0 && DATE_CONTINUATION.test(line.text)) {
      row.date.push(line);
    } else if (row) {
      row.event.push(line);
    } else {
      problems.push({
        where: `${where}:${line.n}`,
        message: `appendix row without a date: 「${line.text}」`,
      });
    }
  }
  return rows.flatMap((row) => {
    const dateLine = row.date[0];
    if (!dateLine || row.event.length === 0) {
      problems.push({
        where: `${where}:${dateLine?.n ?? '?'}`,
        message: 'appendix row without an event',
      });
      return [];
    }
    const date = joinLines(row.date);
    const composed = composeParts([date, joinLines(row.event)]);
    const [dateSpan, eventSpan] = composed.spans;
    const range = isoRange(date.text);
    if (!dateSpan || !eventSpan || !range) {
      problems.push({
        where: `${where}:${dateLine.n}`,
        message: `cannot read the date 「${date.text}」`,
      });
      return [];
    }
    return [
      {
        text: composed.text,
        pages: composed.pages,
        pageBreaks: composed.pageBreaks,
        footnoteRefs: composed.footnoteRefs,
        firstLine: composed.firstLine,
        lastLine: composed.lastLine,
        entry: { date: dateSpan, event: eventSpan, ...range },
      },
    ];
  });
}

/** ISO dates of the first and last day a printed Chinese date names, at its own precision. */
export function isoRange(printed: string): { start: string; end: string } | null {
  const m = DATE_PARTS.exec(printed);
  if (!m) return null;
  const [, year, month, day, toMonth, toDay] = m;
  const iso = (y?: string, mo?: string, d?: string) =>
    [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  const start = iso(year, month, day);
  const end = toMonth || toDay ? iso(year, toMonth ?? month, toDay) : start;
  return { start, end };
}
