/** Timing, heap and statistics helpers for the benchmark. */

const gc = (globalThis as { gc?: () => void }).gc;

/** Heap in use after a full collection (needs `node --expose-gc`). */
export function settledHeap(): number {
  if (!gc) throw new Error('run the benchmark with node --expose-gc (npm run bench does)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The median of `runs` timings (ms) of `fn`, after one warm-up call. */
export function medianTime(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return percentile(times, 0.5);
}

/** Nearest-rank percentile (p in 0–1). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number;
}

/** Wall time of one call, with its result. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

/** Recall and precision of `found` against `truth` (hit record ids), and count disagreements. */
export function compareHits(
  found: { ids: number[]; matches: number[] },
  truth: { ids: number[]; matches: number[] },
): { recall: number; precision: number; countMismatches: number } {
  const truthCounts = new Map(truth.ids.map((id, i) => [id, truth.matches[i] as number]));
  let common = 0;
  let countMismatches = 0;
  found.ids.forEach((id, i) => {
    const expected = truthCounts.get(id);
    if (expected === undefined) return;
    common++;
    if (expected !== found.matches[i]) countMismatches++;
  });
  return {
    recall: truth.ids.length === 0 ? 1 : common / truth.ids.length,
    precision:
      found.ids.length === 0 ? (truth.ids.length === 0 ? 1 : 0) : common / found.ids.length,
    countMismatches,
  };
}
