// Timestamps a benchmark page records: first contentful paint, the longest main-thread task.
export interface PageMarks {
  fcp: number | null;
  /** When the page script started the search (worker created, or build begun). */
  start: number;
  /** When the index was ready to answer. */
  ready: number;
  firstSearch: number;
  /** Main-thread time spent synchronously by search before `ready` (the build itself, or posting). */
  blocking: number;
}

/** Starts observing the first contentful paint. */
export function observePage(): PageMarks {
  const marks: PageMarks = { fcp: null, start: 0, ready: 0, firstSearch: 0, blocking: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  return marks;
}

/** Hands the results to the benchmark (read by Playwright), once the paint entry is in. */
export function publish(marks: PageMarks, extra: Record<string, unknown>): void {
  const done = () => {
    (window as unknown as { __bench: unknown }).__bench = { ...marks, ...extra };
  };
  if (marks.fcp !== null) done();
  else setTimeout(done, 200);
}
