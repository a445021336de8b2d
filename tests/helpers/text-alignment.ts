/**
 * Ground truth for the robustness tests, computed without the anchoring code: which character of a
 * perturbed document each character of the original document became. Both documents are flattened
 * (block texts in order, code points, a separator between blocks). The common prefix and suffix map
 * one to one; in the changed middle, the longest common run of still-unmatched characters is matched
 * again and again, in any order (so a moved sentence, or a footnote that moved with its paragraph,
 * is found where it went), down to runs of MIN_RUN characters; what is left is deleted or inserted.
 */
import type { Document } from '../../corpus/model/document';

const SEPARATOR = '\u2029';
/** Shorter common runs inside a changed region are coincidences (「的」, 「國」), not the same text. */
const MIN_RUN = 4;

export interface Flat {
  chars: string[];
  /** Flat index of each block's first character, by block id. */
  starts: Map<string, number>;
}

/** The document as one array of code points, blocks separated. */
export function flatten(document: Document): Flat {
  const chars: string[] = [];
  const starts = new Map<string, number>();
  for (const block of document.blocks) {
    starts.set(block.id, chars.length);
    chars.push(...Array.from(block.text), SEPARATOR);
  }
  return { chars, starts };
}

/** For each original flat index, the perturbed flat index it became, or -1 (deleted). */
export function alignFlat(a: string[], b: string[]): Int32Array {
  const map = new Int32Array(a.length).fill(-1);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    map[head] = head;
    head++;
  }
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    map[a.length - 1 - tail] = b.length - 1 - tail;
    tail++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const [i, j, length] of commonRuns(midA, midB)) {
    for (let k = 0; k < length; k++) map[head + i + k] = head + j + k;
  }
  return map;
}

/** Greedy longest common runs of unmatched characters, as [start in a, start in b, length]. */
function commonRuns(a: string[], b: string[]): [number, number, number][] {
  if (a.length * b.length > 40_000_000) {
    throw new Error(`the changed region is too large to align (${a.length} × ${b.length})`);
  }
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const runs: [number, number, number][] = [];
  for (;;) {
    let best: [number, number, number] = [0, 0, 0];
    let previous = new Uint32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
      const row = new Uint32Array(b.length + 1);
      if (!usedA[i - 1]) {
        for (let j = 1; j <= b.length; j++) {
          if (!usedB[j - 1] && a[i - 1] === b[j - 1]) {
            const length = (previous[j - 1] ?? 0) + 1;
            row[j] = length;
            if (length > best[2]) best = [i - length, j - length, length];
          }
        }
      }
      previous = row;
    }
    if (best[2] < MIN_RUN) return runs;
    const [i, j, length] = best;
    usedA.fill(1, i, i + length);
    usedB.fill(1, j, j + length);
    runs.push(best);
  }
}

/** The block and offset (code points) of the first character where two documents differ. */
export function firstDifference(
  a: Document,
  b: Document,
): { blockId: string; offset: number } | null {
  const flatA = flatten(a);
  const flatB = flatten(b);
  let i = 0;
  while (i < flatA.chars.length && flatA.chars[i] === flatB.chars[i]) i++;
  if (i === flatA.chars.length && i === flatB.chars.length) return null;
  let found: { blockId: string; offset: number } | null = null;
  for (const [blockId, start] of flatA.starts)
    if (start <= i) found = { blockId, offset: i - start };
  return found;
}
