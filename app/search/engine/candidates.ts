/**
 * Candidate selection: instead of intersecting every posting list of a query, the stream walks the
 * shortest list (the rarest key) in ascending id order and keeps an id only if it is also in a few
 * other short lists (checked by galloping forward in each; dense lists filter nothing and are
 * skipped). Ids come out in reading order one at a time, so the first page of results costs only
 * as many candidates as it needs.
 */
import type { CandidateIndex, Posting } from '../index/candidate-index';
import type { QueryPlan } from '../query/compile-query';

/** Yields candidate record ids in ascending order; -1 when exhausted. */
export interface CandidateStream {
  next(): number;
  /** Upper bound of the number of candidates (the driver list's length). */
  readonly bound: number;
  /** How the candidates were chosen, for diagnostics and the benchmark. */
  readonly plan: string;
}

/** At most this many lists besides the driver are used as filters. */
const MAX_FILTERS = 3;
/** A list holding more than this share of all records filters too little to be worth checking. */
const DENSE_SHARE = 0.5;

/** The candidate stream for a query's included terms. */
export function candidateStream(
  plan: QueryPlan,
  index: CandidateIndex,
  recordCount: number,
): CandidateStream {
  const seen = new Set<string>();
  const postings: Posting[] = [];
  for (const term of plan.include) {
    for (const key of term.bigrams) {
      if (seen.has(`b${key}`)) continue;
      seen.add(`b${key}`);
      postings.push(index.postings(key, 'bigram'));
    }
    for (const key of term.words) {
      if (seen.has(`w${key}`)) continue;
      seen.add(`w${key}`);
      postings.push(index.postings(key, 'word'));
    }
  }
  if (plan.include.length === 0) return emptyStream('no term to search for');
  if (postings.some((p) => p.ids.length === 0)) {
    const missing = postings.find((p) => p.ids.length === 0);
    return emptyStream(`key "${missing?.key}" occurs nowhere`);
  }
  if (postings.length === 0) {
    return allRecordsStream(recordCount, 'the query has no two-character run to look up');
  }
  postings.sort((a, b) => a.ids.length - b.ids.length);
  const [driver, ...rest] = postings as [Posting, ...Posting[]];
  const filters = rest
    .filter((p) => p.ids.length <= DENSE_SHARE * recordCount)
    .slice(0, MAX_FILTERS);
  return intersectStream(driver, filters);
}

function emptyStream(why: string): CandidateStream {
  return { next: () => -1, bound: 0, plan: `none (${why})` };
}

/** Every record in order: for queries with no key (one-character runs, punctuation, emoji). */
export function allRecordsStream(recordCount: number, why: string): CandidateStream {
  let id = 0;
  return {
    next: () => (id < recordCount ? id++ : -1),
    bound: recordCount,
    plan: `every record (${why})`,
  };
}

function intersectStream(driver: Posting, filters: Posting[]): CandidateStream {
  const ids = driver.ids;
  const cursors = new Int32Array(filters.length);
  let at = 0;
  return {
    bound: ids.length,
    plan: `driver "${driver.key}" (${ids.length})${filters.map((f) => ` ∩ "${f.key}" (${f.ids.length})`).join('')}`,
    next(): number {
      outer: while (at < ids.length) {
        const id = ids[at++] as number;
        for (let f = 0; f < filters.length; f++) {
          const list = (filters[f] as Posting).ids;
          const pos = gallop(list, id, cursors[f] as number);
          cursors[f] = pos;
          if (pos >= list.length) {
            at = ids.length;
            return -1;
          }
          if (list[pos] !== id) continue outer;
        }
        return id;
      }
      return -1;
    },
  };
}

/** The first position ≥ `from` in ascending `list` whose value is ≥ `target` (exponential search). */
export function gallop(list: readonly number[], target: number, from: number): number {
  const n = list.length;
  if (from >= n || (list[from] as number) >= target) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < n && (list[hi] as number) < target) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > n) hi = n;
  // Invariant: list[lo] < target, and list[hi] ≥ target or hi = n.
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}
