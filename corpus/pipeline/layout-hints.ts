/**
 * Layout hints: what the parser cannot infer from a PDF text extraction, decided by a human and
 * stored beside the source. Every hint names its line by quoted text and says why it exists.
 */
import type { Problem } from './problems';

export interface Why {
  why: string;
}

export interface RunningHeadHint extends Why {
  /** Regular expression over a trimmed line; group 1 captures the printed page number. */
  pattern: string;
}

export interface LineHint extends Why {
  /** The whole trimmed line. */
  text: string;
  /** How many lines carry this text (default 1); a different count is a problem. */
  count?: number;
}

export interface LineEndHint extends Why {
  /** The end of the (unique) print line the hint is about. */
  lineEndsWith: string;
}

export interface TableCellHint {
  text: string;
  header?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableHint extends Why {
  number: number;
  caption: string;
  unit?: string;
  sourceLine: string;
  /** The grid; a plain string is a data cell. Cell texts must spell out the source, in order. */
  rows: (string | TableCellHint)[][];
}

export interface TimelineHint extends Why {
  heading: string;
  title: string;
  /** The column header row, repeated at the top of every page of the appendix. */
  columnsLine: string;
  sourceLine: string;
}

export interface EnglishAbstractHint extends Why {
  titleFirstLine: string;
  author: string;
  affiliation: string[];
  label: string;
  keywordsLabel: string;
}

export interface LayoutHints {
  firstPage: number;
  runningHeads: RunningHeadHint[];
  notPageStarts: LineHint[];
  droppedLines: LineHint[];
  paragraphEnds: LineEndHint[];
  paragraphContinues: LineEndHint[];
  tables: TableHint[];
  timeline: TimelineHint;
  englishAbstract: EnglishAbstractHint;
}

type Result = { hints: LayoutHints; problems: [] } | { hints: null; problems: Problem[] };

/** Checks the shape of a parsed layout-hints file; never throws. */
export function parseLayoutHints(json: unknown, file: string): Result {
  const problems: Problem[] = [];
  const fail = (path: string, message: string) =>
    problems.push({ where: file, message: `${path}: ${message}` });
  if (!isObject(json)) {
    return { hints: null, problems: [{ where: file, message: 'expected a JSON object' }] };
  }
  if (typeof json.firstPage !== 'number' || !Number.isInteger(json.firstPage)) {
    fail('firstPage', 'expected an integer page number');
  }
  checkList(json, 'runningHeads', fail, (item, path) => {
    if (typeof item.pattern !== 'string') return fail(path, 'expected "pattern" (a string)');
    try {
      new RegExp(item.pattern, 'u');
    } catch (error) {
      fail(path, `"pattern" is not a valid regular expression (${String(error)})`);
    }
  });
  for (const key of ['notPageStarts', 'droppedLines'] as const) {
    checkList(json, key, fail, (item, path) => {
      if (typeof item.text !== 'string' || item.text === '') fail(path, 'expected "text"');
    });
  }
  for (const key of ['paragraphEnds', 'paragraphContinues'] as const) {
    checkList(json, key, fail, (item, path) => {
      if (typeof item.lineEndsWith !== 'string' || item.lineEndsWith === '')
        fail(path, 'expected "lineEndsWith"');
    });
  }
  checkList(json, 'tables', fail, (item, path) => {
    if (typeof item.number !== 'number') fail(path, 'expected "number"');
    for (const field of ['caption', 'sourceLine'])
      if (typeof item[field] !== 'string') fail(path, `expected "${field}" (a string)`);
    if (!Array.isArray(item.rows) || !item.rows.every(Array.isArray))
      fail(path, 'expected "rows" (an array of arrays of cells)');
  });
  checkObject(json, 'timeline', ['heading', 'title', 'columnsLine', 'sourceLine'], fail);
  checkObject(
    json,
    'englishAbstract',
    ['titleFirstLine', 'author', 'label', 'keywordsLabel'],
    fail,
  );
  if (problems.length > 0) return { hints: null, problems };
  return { hints: json as unknown as LayoutHints, problems: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkList(
  json: Record<string, unknown>,
  key: string,
  fail: (path: string, message: string) => void,
  checkItem: (item: Record<string, unknown>, path: string) => void,
): void {
  const list = json[key];
  if (!Array.isArray(list)) return fail(key, 'expected an array');
  list.forEach((item, index) => {
    const path = `${key}[${index}]`;
    if (!isObject(item)) return fail(path, 'expected an object');
    if (typeof item.why !== 'string' || item.why.trim() === '')
      fail(path, 'every hint must say "why"');
    checkItem(item, path);
  });
}

function checkObject(
  json: Record<string, unknown>,
  key: string,
  fields: string[],
  fail: (path: string, message: string) => void,
): void {
  const value = json[key];
  if (!isObject(value)) return fail(key, 'expected an object');
  if (typeof value.why !== 'string' || value.why.trim() === '')
    fail(key, 'every hint must say "why"');
  for (const field of fields)
    if (typeof value[field] !== 'string') fail(`${key}.${field}`, 'expected a string');
}
