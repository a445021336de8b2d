import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isBlockSegment,
  type Alignment,
  type BlockSegment,
  type Segment,
} from '../../../corpus/alignment/alignment-types';
import { checkAlignment } from '../../../corpus/alignment/check-alignment';
import { parseAlignment } from '../../../corpus/alignment/parse-alignment';
import { realDocument } from '../../helpers/real-document';
import { nth } from '../../helpers/nth';
import { realAlignment } from '../../helpers/translation-data';

const FILE = new URL('../../../corpus/nguyen-2020/alignment.json', import.meta.url).pathname;

/** Codes of the problems found after `damage` changes a fresh copy of the real alignment. */
function codesAfter(damage: (a: Alignment) => void): string[] {
  const alignment = realAlignment();
  damage(alignment);
  return checkAlignment(alignment, realDocument(), 'alignment.json').map((p) => p.code);
}

/** Codes of the problems found when parsing the raw JSON after `damage`. */
function parseCodesAfter(damage: (json: RawAlignment) => void): string[] {
  const json = JSON.parse(readFileSync(FILE, 'utf8')) as RawAlignment;
  damage(json);
  return parseAlignment(json, 'alignment.json').problems.map((p) => p.code);
}

/** The raw JSON shape the parsing tests damage. */
type RawRecord = Record<string, unknown>;
interface RawAlignment {
  abstract: {
    zh: RawRecord[];
    pairs: (RawRecord & { differences: RawRecord[]; note: RawRecord })[];
  } & RawRecord;
}

/** A segment that must point into a block (all abstract and keyword segments do). */
function inBlock(segment: Segment): BlockSegment {
  if (!isBlockSegment(segment)) throw new Error(`${segment.id} is not in a block`);
  return segment;
}

const pair = (a: Alignment, id: string) => {
  const found = a.abstract.pairs.find((p) => p.id === id);
  if (!found) throw new Error(`no pair ${id}`);
  return found;
};

describe('the alignment checker rejects damaged data, naming the rule', () => {
  it.each<[string, string, (a: Alignment) => void]>([
    [
      'a pair removed',
      'segment-uncovered',
      (a) => (a.abstract.pairs = a.abstract.pairs.filter((p) => p.id !== 'a3')),
    ],
    ['a sentence in two pairs', 'segment-covered-twice', (a) => pair(a, 'a4').zh.push('zh-s3')],
    ['a pair naming no segment', 'unknown-segment', (a) => pair(a, 'a4').en.push('en-s99')],
    [
      'a quoted text that is not the block’s',
      'span-text-mismatch',
      (a) => (nth(a.abstract.zh, 0).text = nth(a.abstract.zh, 0).text.replace('學界', '學者')),
    ],
    [
      'a span past the end of its block',
      'span-out-of-range',
      (a) => (inBlock(nth(a.abstract.en, 12)).end += 5),
    ],
    [
      'a gap between two sentences',
      'block-not-tiled',
      (a) => {
        const s = inBlock(nth(a.abstract.en, 1));
        s.start += 3;
        s.text = s.text.slice(3);
      },
    ],
    [
      'two sentences merged into one segment',
      'sentence-not-split',
      (a) => {
        const s1 = inBlock(nth(a.abstract.zh, 0));
        const s2 = inBlock(nth(a.abstract.zh, 1));
        s1.end = s2.end;
        s1.text += s2.text;
        a.abstract.zh.splice(1, 1);
        pair(a, 'a2').zh = [];
        pair(a, 'a2').status = 'added';
        pair(a, 'a2').differences = [];
      },
    ],
    [
      'a segment in an unknown block',
      'unknown-block',
      (a) => (inBlock(nth(a.abstract.en, 0)).blockId = 'abstract-en-p9'),
    ],
    [
      'a keyword segment that is not the printed keyword',
      'keyword-span-mismatch',
      (a) => {
        const k = inBlock(nth(a.keywords.zh, 0));
        k.start -= 1;
        k.text = `：${k.text}`;
      },
    ],
    [
      'a Chinese title that is not the metadata’s',
      'metadata-text-mismatch',
      (a) => (nth(a.title.zh, 0).text = '從避險到軟制衡'),
    ],
    [
      'a partial pair that says nothing of what differs',
      'partial-without-difference',
      (a) => (pair(a, 'a1').differences = []),
    ],
    ['an exact pair with differences', 'status-mismatch', (a) => (pair(a, 'a1').status = 'exact')],
    [
      'an omitted pair that has English',
      'status-mismatch',
      (a) => (pair(a, 'a1').status = 'omitted'),
    ],
    [
      'a difference quoting words the pair does not have',
      'difference-not-in-segment',
      (a) => (nth(pair(a, 'a1').differences, 0).zh = '不存在的詞'),
    ],
    [
      'an English sentence without a summary link',
      'summary-link-missing',
      (a) => a.summaryLinks.pop(),
    ],
    [
      'a summary link to a block that does not exist',
      'unknown-block',
      (a) => nth(a.summaryLinks, 0).passages.push({ blockId: 's9-p1' }),
    ],
    [
      'a summary link into the abstract itself',
      'passage-not-body',
      (a) => nth(a.summaryLinks, 0).passages.push({ blockId: 'abstract-p1' }),
    ],
    [
      'a summary link from a sentence that is not there',
      'summary-link-unknown-sentence',
      (a) => (nth(a.summaryLinks, 0).en = 'en-s40'),
    ],
    ['an id used twice', 'duplicate-id', (a) => (nth(a.abstract.pairs, 1).id = 'a1')],
  ])('%s → %s', (_, code, damage) => {
    expect(codesAfter(damage)).toContain(code);
  });

  it.each<[string, string, (json: RawAlignment) => void]>([
    [
      'a status outside the vocabulary',
      'unknown-status',
      (j) => (nth(j.abstract.pairs, 0).status = 'approximate'),
    ],
    [
      'a difference kind outside the vocabulary',
      'unknown-difference-kind',
      (j) => (nth(nth(j.abstract.pairs, 0).differences, 0).kind = 'softened'),
    ],
    [
      'a note not labelled as the project’s',
      'note-not-labelled',
      (j) => (nth(j.abstract.pairs, 1).note.by = 'author'),
    ],
    [
      'pairs that are not a list',
      'malformed',
      (j) => (j.abstract.pairs = {} as RawAlignment['abstract']['pairs']),
    ],
    ['a span given as a string', 'malformed', (j) => (nth(j.abstract.zh, 0).start = '0')],
  ])('parsing: %s → %s', (_, code, damage) => {
    expect(parseCodesAfter(damage)).toContain(code);
  });

  it('names the file and the place in its messages', () => {
    const alignment = realAlignment();
    alignment.abstract.pairs = alignment.abstract.pairs.filter((p) => p.id !== 'a3');
    const problems = checkAlignment(alignment, realDocument(), 'corpus/nguyen-2020/alignment.json');
    expect(problems).toContainEqual({
      where: 'corpus/nguyen-2020/alignment.json: abstract zh-s3',
      code: 'segment-uncovered',
      message: expect.stringContaining('然而，本文認為有關越南對中國政策的分析較為單向'),
    });
  });
});
