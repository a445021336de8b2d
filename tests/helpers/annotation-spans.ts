/**
 * Deterministic test spans over the real article: random-but-seeded spans of every block (footnotes,
 * tables, the appendix and both abstracts included), every occurrence of a few short theory terms
 * (the look-alike hazard: the same two or three characters recur dozens of times), and the
 * Vietnamese phrases. Used by the anchoring tests and by scripts/calibrate-anchoring.ts.
 */
import type { Block, Document } from '../../corpus/model/document';
import { codePointLength, utf16ToCodePoint } from '../../corpus/text/code-points';

export interface TestSpan {
  blockId: string;
  start: number;
  end: number;
  why: 'random' | 'term' | 'vietnamese';
}

/** Short terms that recur throughout the article. */
export const RECURRING_TERMS = ['避險', '軟制衡', '扈從', '抗衡', '不對稱'];
const LENGTHS = [2, 3, 6, 12, 30, 80];
const PER_LENGTH = 2;
/** Runs of Latin letters with Vietnamese diacritics, spaces and hyphens (at least two words). */
const VIETNAMESE = /[A-Za-zÀ-ỹĐđ]+(?:[ -][A-Za-zÀ-ỹĐđ]+)+/gu;
const DIACRITIC = /[À-ỹĐđ]/u;

/** A small seeded PRNG (mulberry32), so the spans are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The test spans of `document` (deterministic for a given seed). */
export function testSpans(document: Document, seed = 20200301): TestSpan[] {
  const random = seededRandom(seed);
  const spans: TestSpan[] = [];
  for (const block of document.blocks) {
    const length = codePointLength(block.text);
    for (const size of LENGTHS) {
      if (size > length) continue;
      for (let i = 0; i < PER_LENGTH; i++) {
        const start = Math.floor(random() * (length - size + 1));
        spans.push({ blockId: block.id, start, end: start + size, why: 'random' });
      }
    }
    spans.push(...termSpans(block), ...vietnameseSpans(block));
  }
  return dedupe(spans);
}

function termSpans(block: Block): TestSpan[] {
  const spans: TestSpan[] = [];
  for (const term of RECURRING_TERMS) {
    for (let at = block.text.indexOf(term); at !== -1; at = block.text.indexOf(term, at + 1)) {
      const start = utf16ToCodePoint(block.text, at);
      spans.push({ blockId: block.id, start, end: start + codePointLength(term), why: 'term' });
    }
  }
  return spans;
}

function vietnameseSpans(block: Block): TestSpan[] {
  return [...block.text.matchAll(VIETNAMESE)]
    .filter((m) => DIACRITIC.test(m[0]))
    .map((m) => {
      const start = utf16ToCodePoint(block.text, m.index);
      return { blockId: block.id, start, end: start + codePointLength(m[0]), why: 'vietnamese' };
    });
}

function dedupe(spans: TestSpan[]): TestSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.blockId}:${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Spans in and around the `offset` of a block: the annotations an edit there reaches. */
export function spansAround(document: Document, blockId: string, offset: number): TestSpan[] {
  const block = document.blocks.find((b) => b.id === blockId);
  if (!block) return [];
  const length = codePointLength(block.text);
  const spans: TestSpan[] = [];
  for (let shift = -12; shift <= 12; shift += 3) {
    for (const size of [2, 5, 12]) {
      const start = Math.max(0, Math.min(length - size, offset + shift));
      if (start >= 0 && start + size <= length)
        spans.push({ blockId, start, end: start + size, why: 'random' });
    }
  }
  return dedupe(spans);
}
