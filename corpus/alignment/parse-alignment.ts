/** Reads `alignment.json` into the typed Alignment, reporting every shape problem by JSON path. */
import type { CodedProblem } from '../validate/coded-problem';
import { ShapeReader } from '../validate/json-shape';
import {
  ALIGNED_UNITS,
  ALIGNMENT_STATUSES,
  DIFFERENCE_KINDS,
  type AlignedLang,
  type AlignedUnit,
  type Alignment,
  type AlignmentPair,
  type Difference,
  type Passage,
  type ProjectNote,
  type Segment,
  type SummaryLink,
} from './alignment-types';

export interface ParsedAlignment {
  /** Null when the file's shape is too broken to check further. */
  alignment: Alignment | null;
  problems: CodedProblem[];
}

const LANG_OF_SIDE: Record<'zh' | 'en', AlignedLang> = { zh: 'zh-Hant', en: 'en' };

/** Parses the JSON value of an alignment file named `file` (for messages). */
export function parseAlignment(json: unknown, file: string): ParsedAlignment {
  const read = new ShapeReader(file);
  const root = read.record(json, '(root)');
  if (!root) return { alignment: null, problems: read.problems };
  const doc = read.text(root.doc, 'doc');
  const units = {} as Record<(typeof ALIGNED_UNITS)[number], AlignedUnit>;
  for (const name of ALIGNED_UNITS) units[name] = readUnit(read, root[name], name);
  const summaryLinks = read
    .array(root.summaryLinks, 'summaryLinks')
    .map((value, i) => readSummaryLink(read, value, `summaryLinks[${i}]`));
  const malformed = read.problems.some((p) => p.code === 'malformed');
  return {
    alignment: malformed ? null : { doc, ...units, summaryLinks },
    problems: read.problems,
  };
}

function readUnit(read: ShapeReader, value: unknown, path: string): AlignedUnit {
  const unit = read.record(value, path) ?? {};
  const segments = (side: 'zh' | 'en') =>
    read
      .array(unit[side], `${path}.${side}`)
      .map((v, i) => readSegment(read, v, `${path}.${side}[${i}]`, LANG_OF_SIDE[side]));
  return {
    zh: segments('zh'),
    en: segments('en'),
    pairs: read
      .array(unit.pairs, `${path}.pairs`)
      .map((v, i) => readPair(read, v, `${path}.pairs[${i}]`)),
  };
}

function readSegment(read: ShapeReader, value: unknown, path: string, lang: AlignedLang): Segment {
  const seg = read.record(value, path) ?? {};
  const id = read.text(seg.id, `${path}.id`);
  const text = read.text(seg.text, `${path}.text`);
  if (seg.metadata !== undefined) {
    return { id, lang, metadata: read.text(seg.metadata, `${path}.metadata`), text };
  }
  return {
    id,
    lang,
    blockId: read.text(seg.blockId, `${path}.blockId`),
    start: read.integer(seg.start, `${path}.start`),
    end: read.integer(seg.end, `${path}.end`),
    text,
  };
}

function readPair(read: ShapeReader, value: unknown, path: string): AlignmentPair {
  const pair = read.record(value, path) ?? {};
  const status = read.oneOf(pair.status, ALIGNMENT_STATUSES, `${path}.status`, 'status');
  const differences = (
    pair.differences === undefined ? [] : read.array(pair.differences, `${path}.differences`)
  ).map((v, i) => readDifference(read, v, `${path}.differences[${i}]`));
  const note = readNote(read, pair.note, `${path}.note`);
  return {
    id: read.text(pair.id, `${path}.id`),
    zh: read.array(pair.zh, `${path}.zh`).map((v, i) => read.text(v, `${path}.zh[${i}]`)),
    en: read.array(pair.en, `${path}.en`).map((v, i) => read.text(v, `${path}.en[${i}]`)),
    // An unknown status is reported (code `unknown-status`) and the pair is kept for the other checks.
    status: status ?? ('?' as AlignmentPair['status']),
    differences,
    ...(note ? { note } : {}),
  };
}

function readDifference(read: ShapeReader, value: unknown, path: string): Difference {
  const diff = read.record(value, path) ?? {};
  const kind = read.oneOf(diff.kind, DIFFERENCE_KINDS, `${path}.kind`, 'difference-kind');
  const zh = read.optionalText(diff.zh, `${path}.zh`);
  const en = read.optionalText(diff.en, `${path}.en`);
  return {
    kind: kind ?? ('?' as Difference['kind']),
    ...(zh !== undefined ? { zh } : {}),
    ...(en !== undefined ? { en } : {}),
    explanation: read.text(diff.explanation, `${path}.explanation`),
  };
}

function readNote(read: ShapeReader, value: unknown, path: string): ProjectNote | undefined {
  if (value === undefined) return undefined;
  const note = read.record(value, path) ?? {};
  if (note.by !== 'project') {
    read.problems.push({
      where: `${read.file}: ${path}.by`,
      code: 'note-not-labelled',
      message: 'a note must say it is the project\'s ("by": "project")',
    });
  }
  return { by: 'project', text: read.text(note.text, `${path}.text`) };
}

function readSummaryLink(read: ShapeReader, value: unknown, path: string): SummaryLink {
  const link = read.record(value, path) ?? {};
  const note = readNote(read, link.note, `${path}.note`);
  return {
    en: read.text(link.en, `${path}.en`),
    passages: read
      .array(link.passages, `${path}.passages`)
      .map((v, i) => readPassage(read, v, `${path}.passages[${i}]`)),
    ...(note ? { note } : {}),
  };
}

function readPassage(read: ShapeReader, value: unknown, path: string): Passage {
  const passage = read.record(value, path) ?? {};
  const blockId = read.text(passage.blockId, `${path}.blockId`);
  if (passage.start === undefined && passage.end === undefined && passage.text === undefined) {
    return { blockId };
  }
  return {
    blockId,
    start: read.integer(passage.start, `${path}.start`),
    end: read.integer(passage.end, `${path}.end`),
    text: read.text(passage.text, `${path}.text`),
  };
}
