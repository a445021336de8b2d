/**
 * Finds every occurrence of every item's forms in a document: Chinese and Vietnamese forms by exact
 * substring, Latin forms only at word boundaries; within one item the leftmost-longest form wins
 * (so 峴港市 is not also 峴港), while different items may overlap (a name inside a quotation).
 */
import type { Block, Document } from '../model/document';
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from '../text/code-points';
import type { ItemExclusion, VietnameseItem } from './item-types';

export interface Occurrence {
  itemId: string;
  blockId: string;
  /** [start, end) in code points of the block's text. */
  start: number;
  end: number;
  exact: string;
}

export interface OccurrenceResult {
  occurrences: Occurrence[];
  /** Occurrences left out by an exclusion, with the exclusion that removed each. */
  excluded: { occurrence: Occurrence; exclusion: ItemExclusion }[];
  /** Exclusions that matched nothing. */
  unusedExclusions: ItemExclusion[];
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** The occurrences of all items in document order (block order, then start, then item order). */
export function findOccurrences(
  document: Document,
  items: VietnameseItem[],
  exclusions: ItemExclusion[] = [],
): OccurrenceResult {
  const found: Occurrence[] = [];
  for (const block of document.blocks) {
    for (const item of items) found.push(...occurrencesInBlock(block, item));
  }
  const used = new Set<ItemExclusion>();
  const occurrences: Occurrence[] = [];
  const excluded: OccurrenceResult['excluded'] = [];
  const blocks = new Map(document.blocks.map((b) => [b.id, b]));
  for (const occurrence of found) {
    const exclusion = exclusions.find((x) =>
      excludes(x, occurrence, blocks.get(occurrence.blockId)),
    );
    if (exclusion) {
      used.add(exclusion);
      excluded.push({ occurrence, exclusion });
    } else occurrences.push(occurrence);
  }
  const order = new Map(document.blocks.map((b, i) => [b.id, i]));
  occurrences.sort(
    (a, b) =>
      (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return { occurrences, excluded, unusedExclusions: exclusions.filter((x) => !used.has(x)) };
}

function occurrencesInBlock(block: Block, item: VietnameseItem): Occurrence[] {
  const candidates: { index: number; text: string }[] = [];
  for (const { text } of item.forms) {
    for (
      let index = block.text.indexOf(text);
      index >= 0;
      index = block.text.indexOf(text, index + 1)
    ) {
      if (atWordBoundary(block.text, index, text)) candidates.push({ index, text });
    }
  }
  candidates.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const taken: Occurrence[] = [];
  let cursor = 0;
  for (const { index, text } of candidates) {
    if (index < cursor) continue;
    const start = utf16ToCodePoint(block.text, index);
    taken.push({
      itemId: item.id,
      blockId: block.id,
      start,
      end: start + codePointLength(text),
      exact: text,
    });
    cursor = index + text.length;
  }
  return taken;
}

/** A form that begins or ends with a Latin letter or digit must not continue a longer word. */
function atWordBoundary(text: string, index: number, form: string): boolean {
  const before = text.slice(0, index).at(-1) ?? '';
  const after = text.slice(index + form.length)[0] ?? '';
  const first = form[0] ?? '';
  const last = form.at(-1) ?? '';
  if (LATIN_OR_DIGIT.test(first) && LATIN_OR_DIGIT.test(before)) return false;
  if (LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(after)) return false;
  return true;
}

function excludes(
  exclusion: ItemExclusion,
  occurrence: Occurrence,
  block: Block | undefined,
): boolean {
  if (!block || exclusion.itemId !== occurrence.itemId || exclusion.blockId !== occurrence.blockId)
    return false;
  if (exclusion.exact !== occurrence.exact) return false;
  const before = sliceCodePoints(block.text, 0, occurrence.start);
  return before.endsWith(exclusion.prefix);
}
