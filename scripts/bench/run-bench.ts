/**
 * `npm run bench`: Triglot's search engine against the naive normalised scan, side by side in one
 * process, on the real article and on synthetic corpora of 100× and 1000× its size; plus the
 * Simplified/Traditional choice, the bundle, worker-or-prebuilt, and the browser. Writes
 * docs/bench/search.json and docs/bench/search.md. `BENCH_SCALES=1,100` runs fewer scales.
 */
import { cpus, loadavg } from 'node:os';
import { loadDocument } from '../../corpus/load/node-loader';
import { recordsFromDocument } from '../../app/search/records/search-record';
import { benchBrowser } from './browser-bench';
import { benchBundle } from './bundle-bench';
import type { EngineVariant, ScaleResult } from './engine-bench';
import { benchScale } from './engine-bench';
import { benchOpencc } from './opencc-bench';
import { benchPrebuilt } from './prebuilt-bench';
import { BENCH_QUERIES } from './queries';
import type { Target } from './report';
import { writeReport } from './report';
import { syntheticCorpus } from './synthetic-corpus';

const log = (line: string) => process.stderr.write(`${line}\n`);

const ENGINE: EngineVariant = {
  name: 'triglot',
  description: 'flexsearch bigram candidates (Han and words), rarest-first, verified',
  options: {},
};
const VARIANTS: EngineVariant[] = [
  {
    name: 'triglot, full words',
    description: 'variant: words keyed whole, flexsearch tokenize "full" (every substring)',
    options: { wordKeys: 'full' },
  },
  {
    name: 'triglot, not compacted',
    description: 'variant: flexsearch posting arrays as push() grew them',
    options: { compact: false },
  },
];

async function main(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const built = loadDocument('nguyen-2020');
  if (!built.document) throw new Error('the article does not build; run `npm run cli -- validate`');
  const base = recordsFromDocument(built.document);
  const scales = (process.env.BENCH_SCALES ?? '1,100,1000').split(',').map(Number);

  log('prebuilt index vs build (the article, cold first)…');
  const prebuilt = benchPrebuilt(base);
  const results: ScaleResult[] = [];
  for (const factor of scales) {
    log(`scale ${factor}×…`);
    const records = syntheticCorpus(base, factor);
    // Variants only where they differ: full words up to 100×; compaction only applies from
    // COMPACT_FROM records, so its variant is only run at 100×.
    const variants = [
      ENGINE,
      ...(factor <= 100 ? [VARIANTS[0] as EngineVariant] : []),
      ...(factor === 100 ? [VARIANTS[1] as EngineVariant] : []),
    ];
    const runs = factor === 1 ? 21 : factor <= 100 ? 9 : 5;
    results.push(benchScale(factor, records, BENCH_QUERIES, variants, runs, log));
  }
  log('Simplified/Traditional, bundle, browser…');
  const [opencc, bundle, browser] = [
    await benchOpencc(base),
    await benchBundle(),
    await benchBrowser(base),
  ];
  const report = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length,
      // Other processes on the machine skew absolute times (both engines alike, side by side).
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    },
    scales: results,
    targets: [] as Target[],
    opencc,
    bundle,
    prebuilt,
    browser,
  };
  report.targets = evaluateTargets(report);
  for (const path of await writeReport(report)) log(`wrote ${path}`);
}

function evaluateTargets(report: {
  scales: ScaleResult[];
  bundle: { totalGzip: number };
  browser: Awaited<ReturnType<typeof benchBrowser>>;
}): Target[] {
  const targets: Target[] = [];
  const engine = (s: ScaleResult, name: string) => s.engines.find((e) => e.name === name);
  for (const scale of report.scales) {
    const t = engine(scale, 'triglot');
    if (!t) continue;
    targets.push({
      target: `${scale.factor}×: recall = precision = 1 against the scan, every query`,
      measured: `min recall ${t.minRecall}, min precision ${t.minPrecision}, ${t.countMismatches} count mismatches`,
      met: t.minRecall === 1 && t.minPrecision === 1 && t.countMismatches === 0,
    });
  }
  const one = report.scales.find((s) => s.factor === 1);
  const t1 = one && engine(one, 'triglot');
  if (t1) {
    targets.push({
      target: 'article: p95 ≤ 0.1 ms per query (Node), every hit with counts',
      measured: `${t1.full.p95Ms.toFixed(3)} ms`,
      met: t1.full.p95Ms <= 0.1,
    });
    targets.push({
      target: 'article: the same for the first page with 20 snippets',
      measured: `${t1.firstPage.p95Ms.toFixed(3)} ms`,
      met: t1.firstPage.p95Ms <= 0.1,
    });
  }
  if (!('skipped' in report.browser)) {
    const { worker } = report.browser;
    targets.push({
      target: 'article: search ready in the browser ≤ 150 ms after first paint (worker)',
      measured: `${worker.readyAfterFcpMedianMs.toFixed(1)} ms median, ${worker.readyAfterFcpMaxMs.toFixed(1)} ms max of ${worker.runs} loads`,
      met: worker.readyAfterFcpMedianMs <= 150,
    });
    targets.push({
      target: 'article: flexsearch index complete ≤ 150 ms after first paint (worker)',
      measured: `${worker.indexedAfterFcpMedianMs.toFixed(1)} ms median`,
      met: worker.indexedAfterFcpMedianMs <= 150,
    });
  }
  targets.push({
    target: 'search adds ≤ 60 KB gzip to the bundle',
    measured: `${(report.bundle.totalGzip / 1024).toFixed(1)} KB`,
    met: report.bundle.totalGzip <= 60 * 1024,
  });
  const big = report.scales.find((s) => s.factor === 1000);
  const scan = big && engine(big, 'scan');
  const tb = big && engine(big, 'triglot');
  if (scan && tb && big) {
    targets.push({
      target: '1000×: first page p95 ≤ 0.1 × the scan’s p95 (full)',
      measured: `${tb.firstPage.p95Ms.toFixed(2)} ms vs 0.1 × ${scan.full.p95Ms.toFixed(1)} ms (scan’s own first page p95: ${scan.firstPage.p95Ms.toFixed(1)} ms)`,
      met: tb.firstPage.p95Ms <= 0.1 * scan.full.p95Ms,
    });
    targets.push({
      target: '1000×: full result set p95 ≤ the scan’s p95',
      measured: `${tb.full.p95Ms.toFixed(1)} ms vs ${scan.full.p95Ms.toFixed(1)} ms`,
      met: tb.full.p95Ms <= scan.full.p95Ms,
    });
    targets.push({
      target: '1000×: extra heap ≤ 3 × the text size',
      measured: `${(tb.heapBytes / 1e6).toFixed(1)} MB = ${(tb.heapBytes / big.textUtf8Bytes).toFixed(2)} × ${(big.textUtf8Bytes / 1e6).toFixed(1)} MB (UTF-8); ${(tb.heapBytes / big.textUtf16Bytes).toFixed(2)} × its UTF-16 size`,
      met: tb.heapBytes <= 3 * big.textUtf8Bytes,
    });
  }
  return targets;
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
