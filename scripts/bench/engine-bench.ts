/**
 * One scale of the benchmark: the naive scan and Triglot's engine (and variants) built over the
 * same records in the same process, then every query run on each, side by side.
 */
import { SearchEngine } from '../../app/search/engine/search-engine';
import type { EngineOptions } from '../../app/search/engine/search-engine';
import type { SearchRecord } from '../../app/search/records/search-record';
import { compareHits, medianTime, percentile, settledHeap, timed } from './measure';
import { NaiveScan } from './naive-scan';
import type { BenchQuery } from './queries';

export interface QueryResult {
  query: string;
  category: string;
  hits: number;
  firstPageMs: number;
  fullMs: number;
  recall: number;
  precision: number;
  countMismatches: number;
  plan?: string;
}

export interface EngineResult {
  name: string;
  description: string;
  buildMs: number;
  heapBytes: number;
  firstPage: { medianMs: number; p95Ms: number };
  full: { medianMs: number; p95Ms: number };
  minRecall: number;
  minPrecision: number;
  countMismatches: number;
  queries: QueryResult[];
}

export interface ScaleResult {
  factor: number;
  records: number;
  textUtf8Bytes: number;
  textUtf16Bytes: number;
  engines: EngineResult[];
}

interface Searcher {
  firstPage(query: string): unknown;
  all(query: string): { ids: number[]; matches: number[] };
  plan?(query: string): string;
}

export interface EngineVariant {
  name: string;
  description: string;
  options: EngineOptions;
}

/** Runs every query on the scan and on each engine variant over `records`. */
export function benchScale(
  factor: number,
  records: SearchRecord[],
  queries: BenchQuery[],
  variants: EngineVariant[],
  runs: number,
  log: (line: string) => void,
): ScaleResult {
  const textUtf8Bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text, 'utf8'), 0);
  const textUtf16Bytes = records.reduce((n, r) => n + r.text.length * 2, 0);

  let before = settledHeap();
  const scanBuild = timed(() => new NaiveScan(records));
  const scanHeap = settledHeap() - before;
  const scan = scanBuild.value;
  const scanSearcher: Searcher = {
    firstPage: (q) => scan.firstPage(q),
    all: (q) => scan.all(q),
  };
  log(`  scan: built in ${scanBuild.ms.toFixed(0)} ms, heap ${(scanHeap / 1e6).toFixed(1)} MB`);

  const truth = new Map(queries.map(({ query }) => [query, scan.all(query)]));
  const engines: EngineResult[] = [
    measure(
      'scan',
      'naive normalised scan: one string, indexOf',
      scanSearcher,
      scanBuild.ms,
      scanHeap,
    ),
  ];
  for (const variant of variants) {
    before = settledHeap();
    const built = timed(() => SearchEngine.build(records, variant.options));
    const heap = settledHeap() - before;
    log(
      `  ${variant.name}: built in ${(built.ms / 1000).toFixed(1)} s, heap ${(heap / 1e6).toFixed(1)} MB`,
    );
    const engine = built.value;
    const searcher: Searcher = {
      firstPage: (q) => engine.search({ query: q }).page(0),
      all: (q) => engine.search({ query: q }).all(),
      plan: (q) => engine.search({ query: q }).summary().plan,
    };
    engines.push(measure(variant.name, variant.description, searcher, built.ms, heap));
  }
  return { factor, records: records.length, textUtf8Bytes, textUtf16Bytes, engines };

  function measure(
    name: string,
    description: string,
    searcher: Searcher,
    buildMs: number,
    heapBytes: number,
  ): EngineResult {
    const results: QueryResult[] = queries.map(({ query, category }) => {
      const firstPageMs = medianTime(() => searcher.firstPage(query), runs);
      const fullMs = medianTime(() => searcher.all(query), runs);
      const found = searcher.all(query);
      const { recall, precision, countMismatches } = compareHits(
        found,
        truth.get(query) as { ids: number[]; matches: number[] },
      );
      return {
        query,
        category,
        hits: found.ids.length,
        firstPageMs,
        fullMs,
        recall,
        precision,
        countMismatches,
        ...(searcher.plan ? { plan: searcher.plan(query) } : {}),
      };
    });
    const first = results.map((r) => r.firstPageMs);
    const full = results.map((r) => r.fullMs);
    return {
      name,
      description,
      buildMs,
      heapBytes,
      firstPage: { medianMs: percentile(first, 0.5), p95Ms: percentile(first, 0.95) },
      full: { medianMs: percentile(full, 0.5), p95Ms: percentile(full, 0.95) },
      minRecall: Math.min(...results.map((r) => r.recall)),
      minPrecision: Math.min(...results.map((r) => r.precision)),
      countMismatches: results.reduce((n, r) => n + r.countMismatches, 0),
      queries: results,
    };
  }
}
