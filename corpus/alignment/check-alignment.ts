/**
 * Checks an alignment against its document: spans quote the text exactly, every segment of the
 * title, keywords and both abstracts is covered by exactly one pair, statuses agree with their
 * pairs, and every English abstract sentence links to body passages that exist.
 */
import type { Block, Document } from '../model/document';
import { codePointLength, sliceCodePoints } from '../text/code-points';
import type { CodedProblem } from '../validate/coded-problem';
import {
  ALIGNED_UNITS,
  ALIGNMENT_STATUSES,
  isBlockSegment,
  type AlignedUnit,
  type AlignedUnitName,
  type Alignment,
  type AlignmentPair,
  type BlockSegment,
  type Segment,
} from './alignment-types';

/** Kinds of block that are not "body": the abstracts and their apparatus. */
const NOT_BODY_SECTIONS = new Set(['abstract', 'abstract-en']);
/** A sentence ends with 。！？ or . ! ? (the English may close a quotation after it). */
const SENTENCE_END = /[。！？.!?][」』”’)）]?$|[」』”’][.。]$/u;

/** Every problem of `alignment` against `document`; `file` names the data file in messages. */
export function checkAlignment(
  alignment: Alignment,
  document: Document,
  file: string,
): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const fail = (where: string, code: string, message: string) =>
    problems.push({ where: `${file}: ${where}`, code, message });
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));

  if (alignment.doc !== document.id)
    fail('doc', 'wrong-document', `the file is about "${alignment.doc}", not "${document.id}"`);
  checkUniqueIds(alignment, fail);
  for (const name of ALIGNED_UNITS) {
    const unit = alignment[name];
    for (const segment of [...unit.zh, ...unit.en])
      checkSegment(segment, name, document, blocks, fail);
    checkTiling(unit, name, blocks, fail);
    checkPairs(unit, name, fail);
  }
  for (const segment of alignment.abstract.zh) checkSentence(segment, 'zh', fail);
  for (const segment of alignment.abstract.en) checkSentence(segment, 'en', fail);
  checkSummaryLinks(alignment, blocks, fail);
  return problems;
}

type Fail = (where: string, code: string, message: string) => void;

function checkUniqueIds(alignment: Alignment, fail: Fail): void {
  const seen = new Set<string>();
  for (const name of ALIGNED_UNITS) {
    const unit = alignment[name];
    for (const { id } of [...unit.zh, ...unit.en, ...unit.pairs]) {
      if (seen.has(id)) fail(`${name} ${id}`, 'duplicate-id', `the id "${id}" is used twice`);
      seen.add(id);
    }
  }
}

function checkSegment(
  segment: Segment,
  unit: AlignedUnitName,
  document: Document,
  blocks: Map<string, Block>,
  fail: Fail,
): void {
  const where = `${unit} ${segment.id}`;
  if (!isBlockSegment(segment)) {
    const value = segment.metadata
      .split('.')
      .reduce<unknown>(
        (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
        document.metadata,
      );
    if (value !== segment.text)
      fail(
        where,
        'metadata-text-mismatch',
        `metadata ${segment.metadata} is ${JSON.stringify(value)}, not 「${segment.text}」`,
      );
    return;
  }
  const block = blocks.get(segment.blockId);
  if (!block) {
    fail(where, 'unknown-block', `no block "${segment.blockId}" in ${document.id}`);
    return;
  }
  if (block.lang !== segment.lang)
    fail(
      where,
      'wrong-language',
      `block ${block.id} is ${block.lang}, the segment says ${segment.lang}`,
    );
  checkSpan(block, segment, where, fail);
}

/** The span must lie inside the block and its quoted text must be exactly the block's text there. */
function checkSpan(
  block: Block,
  span: { start: number; end: number; text: string },
  where: string,
  fail: Fail,
): boolean {
  const length = codePointLength(block.text);
  if (span.start >= span.end || span.end > length) {
    fail(
      where,
      'span-out-of-range',
      `[${span.start}, ${span.end}) is not inside ${block.id} (0–${length})`,
    );
    return false;
  }
  const actual = sliceCodePoints(block.text, span.start, span.end);
  if (actual !== span.text) {
    fail(
      where,
      'span-text-mismatch',
      `${block.id} [${span.start}, ${span.end}) reads 「${actual}」, not 「${span.text}」`,
    );
    return false;
  }
  return true;
}

/**
 * The segments of each block must cover all of it, without overlap, leaving only white space
 * between them; a keywords block is covered by exactly its keyword spans.
 */
function checkTiling(
  unit: AlignedUnit,
  name: AlignedUnitName,
  blocks: Map<string, Block>,
  fail: Fail,
): void {
  const byBlock = new Map<string, BlockSegment[]>();
  for (const segment of [...unit.zh, ...unit.en]) {
    if (!isBlockSegment(segment)) continue;
    byBlock.set(segment.blockId, [...(byBlock.get(segment.blockId) ?? []), segment]);
  }
  for (const [blockId, segments] of byBlock) {
    const block = blocks.get(blockId);
    if (!block) continue;
    const sorted = [...segments].sort((a, b) => a.start - b.start);
    if (block.kind === 'keywords') {
      const expected = block.keywords.map((k) => `${k.start}-${k.end}`).join(' ');
      const actual = sorted.map((s) => `${s.start}-${s.end}`).join(' ');
      if (expected !== actual)
        fail(
          `${name} ${blockId}`,
          'keyword-span-mismatch',
          `segments [${actual}] are not the block's keywords [${expected}]`,
        );
      continue;
    }
    let cursor = 0;
    for (const segment of sorted) {
      if (segment.start < cursor) {
        fail(
          `${name} ${segment.id}`,
          'segments-overlap',
          `starts at ${segment.start}, inside the previous segment (ends ${cursor})`,
        );
      } else {
        const gap = sliceCodePoints(block.text, cursor, segment.start);
        if (gap.trim() !== '')
          fail(
            `${name} ${blockId}`,
            'block-not-tiled',
            `「${gap}」 (${cursor}–${segment.start}) belongs to no segment`,
          );
      }
      cursor = Math.max(cursor, segment.end);
    }
    const tail = sliceCodePoints(block.text, cursor);
    if (tail.trim() !== '')
      fail(
        `${name} ${blockId}`,
        'block-not-tiled',
        `「${tail}」 (from ${cursor}) belongs to no segment`,
      );
  }
}

/** Every segment in exactly one pair; pairs name segments of their unit; statuses fit their pairs. */
function checkPairs(unit: AlignedUnit, name: AlignedUnitName, fail: Fail): void {
  const uses = new Map<string, number>();
  const ids = { zh: new Set(unit.zh.map((s) => s.id)), en: new Set(unit.en.map((s) => s.id)) };
  for (const pair of unit.pairs) {
    const where = `${name}.pairs ${pair.id}`;
    for (const side of ['zh', 'en'] as const) {
      for (const id of pair[side]) {
        if (!ids[side].has(id))
          fail(where, 'unknown-segment', `no ${side} segment "${id}" in ${name}`);
        uses.set(id, (uses.get(id) ?? 0) + 1);
      }
    }
    checkStatus(pair, unit, where, fail);
  }
  for (const segment of [...unit.zh, ...unit.en]) {
    const n = uses.get(segment.id) ?? 0;
    if (n === 0)
      fail(`${name} ${segment.id}`, 'segment-uncovered', `「${segment.text}」 is in no pair`);
    if (n > 1)
      fail(
        `${name} ${segment.id}`,
        'segment-covered-twice',
        `「${segment.text}」 is in ${n} pairs`,
      );
  }
}

function checkStatus(pair: AlignmentPair, unit: AlignedUnit, where: string, fail: Fail): void {
  if (!(ALIGNMENT_STATUSES as readonly string[]).includes(pair.status)) return; // reported on parsing
  const zh = pair.zh.length;
  const en = pair.en.length;
  const diffs = pair.differences.length;
  const rule: Record<AlignmentPair['status'], [boolean, string]> = {
    exact: [zh > 0 && en > 0 && diffs === 0, 'an exact pair has both sides and no differences'],
    partial: [zh > 0 && en > 0 && diffs > 0, 'a partial pair has both sides and says what differs'],
    added: [zh === 0 && en > 0 && diffs === 0, 'an added pair has English segments only'],
    omitted: [zh > 0 && en === 0 && diffs === 0, 'an omitted pair has Chinese segments only'],
  };
  const [ok, message] = rule[pair.status];
  if (!ok)
    fail(
      where,
      pair.status === 'partial' && diffs === 0 ? 'partial-without-difference' : 'status-mismatch',
      message,
    );

  const textOf = (side: 'zh' | 'en') =>
    pair[side]
      .map((id) => unit[side].find((s) => s.id === id)?.text ?? '')
      .join(side === 'en' ? ' ' : '');
  for (const [i, diff] of pair.differences.entries()) {
    const needs = { omitted: ['zh'], added: ['en'], changed: ['zh', 'en'] }[diff.kind] ?? [];
    for (const side of ['zh', 'en'] as const) {
      const quoted = diff[side];
      if (needs.includes(side) && quoted === undefined)
        fail(
          `${where}.differences[${i}]`,
          'difference-shape',
          `a "${diff.kind}" difference quotes the ${side} words`,
        );
      if (quoted !== undefined && !textOf(side).includes(quoted))
        fail(
          `${where}.differences[${i}]`,
          'difference-not-in-segment',
          `「${quoted}」 is not in the pair's ${side} text`,
        );
    }
  }
}

function checkSentence(segment: Segment, side: 'zh' | 'en', fail: Fail): void {
  const where = `abstract ${segment.id}`;
  if (!SENTENCE_END.test(segment.text))
    fail(where, 'not-a-sentence-end', `「${segment.text.slice(-12)}」 does not end a sentence`);
  // A Chinese full stop inside a segment means two sentences were merged (English has "i.e.", "etc.").
  if (side === 'zh' && segment.text.slice(0, -1).includes('。'))
    fail(where, 'sentence-not-split', 'the segment holds more than one Chinese sentence');
}

function checkSummaryLinks(alignment: Alignment, blocks: Map<string, Block>, fail: Fail): void {
  const sentences = new Set(alignment.abstract.en.map((s) => s.id));
  const linked = new Set<string>();
  for (const [i, link] of alignment.summaryLinks.entries()) {
    const where = `summaryLinks[${i}] (${link.en})`;
    if (!sentences.has(link.en))
      fail(
        where,
        'summary-link-unknown-sentence',
        `"${link.en}" is not an English abstract sentence`,
      );
    if (linked.has(link.en)) fail(where, 'duplicate-id', `"${link.en}" is linked twice`);
    linked.add(link.en);
    if (link.passages.length === 0)
      fail(where, 'summary-link-empty', 'a summary link names at least one passage');
    for (const passage of link.passages) {
      const block = blocks.get(passage.blockId);
      if (!block) {
        fail(where, 'unknown-block', `no block "${passage.blockId}"`);
        continue;
      }
      if (NOT_BODY_SECTIONS.has(block.section))
        fail(where, 'passage-not-body', `${block.id} is part of an abstract, not the body`);
      if (passage.start !== undefined && passage.end !== undefined && passage.text !== undefined)
        checkSpan(
          block,
          { start: passage.start, end: passage.end, text: passage.text },
          where,
          fail,
        );
    }
  }
  for (const id of sentences) {
    if (!linked.has(id))
      fail(
        `summaryLinks`,
        'summary-link-missing',
        `the English sentence ${id} links to no body passage`,
      );
  }
}
