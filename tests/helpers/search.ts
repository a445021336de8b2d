/** The search engine over the real article, built once per test file, and an independent scan. */
import { SearchEngine } from '../../app/search/engine/search-engine';
import type { SearchRequest } from '../../app/search/engine/types';
import { recordsFromDocument } from '../../app/search/records/search-record';
import { realDocument } from './real-document';

let engine: SearchEngine | null = null;

export function realEngine(): SearchEngine {
  engine ??= SearchEngine.build(recordsFromDocument(realDocument()));
  return engine;
}

/** blockId → matches of every hit of a search over the real article. */
export function engineMatches(request: SearchRequest | string): Map<string, number> {
  const result = realEngine().search(typeof request === 'string' ? { query: request } : request);
  const { total } = result.summary();
  return new Map(result.hits(0, total).map((h) => [h.blockId, h.matches]));
}

/** Non-overlapping occurrences of `needle` in `text`, by plain indexOf (independent of the engine). */
export function plainCount(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * An independent, simple Latin fold for expected values: strip every mark, đ → d, lower case,
 * whitespace runs as one space (the engine's rule for queries and texts alike).
 */
export function simpleLatinFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ');
}

/** blockId → count for every block where `count(text) > 0`, by scanning the blocks' texts. */
export function scanBlocks(count: (text: string) => number): Map<string, number> {
  const expected = new Map<string, number>();
  for (const block of realDocument().blocks) {
    const n = count(block.text);
    if (n > 0) expected.set(block.id, n);
  }
  return expected;
}
