/**
 * Reader benchmark: production bundle size (gzip) and time to first paragraph in headless
 * Chromium, median and p95 over repeated cold loads, side by side with a naive baseline (the raw
 * source text served as one static <pre> page) in the same run. For the reader it also records
 * when search became usable and when its index was complete (the `triglot:search-ready` and
 * `triglot:search-indexed` User Timing marks), relative to the first paint, and the main thread's
 * blocking time (long tasks beyond 50 ms) during the first seconds. `BENCH_BEFORE_DIST=<dir>`
 * adds another build of the reader (for instance the commit before a change), served as is and
 * measured in the same runs, interleaved. Writes docs/bench/reader.{json,md}. Run `npm run build`
 * first.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST ?? null;
/** How long after loading the blocking time is summed (ms). */
const BLOCKING_WINDOW = 3000;

interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

function gzipSizes(dist: string): Asset[] {
  const dir = join(dist, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/u.test(f))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}

/** What the reader's first paint needs: the entry script and its stylesheet (not lazy chunks). */
function entryAssets(dist: string, assets: Asset[]): Asset[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return assets.filter((a) => html.includes(`assets/${a.file}`));
}

interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** A static server for a built reader (the production build is static files). */
function serveStatic(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    const path = normalize((req.url ?? '/').split('?')[0] ?? '/');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface RunResult {
  firstParagraph: number;
  fcp: number;
  searchReady: number;
  searchIndexed: number;
  blocking: number;
}

/** `marks`: wait for the search marks (this build has them); `window`: stay for the blocking time. */
async function measure(
  browser: Browser,
  url: string,
  { marks, window: stay }: { marks: boolean; window: boolean },
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  // Records when the first paragraph enters the DOM and the long tasks, without touching the app.
  await page.addInitScript(() => {
    const w = window as unknown as { __firstParagraph?: number; __long?: number[] };
    w.__long = [];
    new MutationObserver((_, observer) => {
      if (document.getElementById('s1-p1')) {
        w.__firstParagraph = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime < 3000) w.__long?.push(Math.max(0, entry.duration - 50));
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: blocking stays 0.
    }
  });
  await page.goto(url);
  await page.waitForSelector('#s1-p1');
  if (marks) {
    await page
      .waitForFunction(
        () => performance.getEntriesByName('triglot:search-indexed').length > 0,
        null,
        {
          timeout: 15_000,
        },
      )
      .catch(() => undefined);
  }
  const settle = Math.max(50, BLOCKING_WINDOW - (await page.evaluate(() => performance.now())));
  await page.waitForTimeout(stay ? settle : 50);
  // No named helpers inside: the page runs this function's source as it is.
  const result = await page.evaluate(() => ({
    firstParagraph: (window as unknown as { __firstParagraph?: number }).__firstParagraph ?? NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    searchReady: performance.getEntriesByName('triglot:search-ready')[0]?.startTime ?? NaN,
    searchIndexed: performance.getEntriesByName('triglot:search-indexed')[0]?.startTime ?? NaN,
    blocking: ((window as unknown as { __long?: number[] }).__long ?? []).reduce(
      (a, b) => a + b,
      0,
    ),
  }));
  await context.close();
  return result;
}

async function main(): Promise<void> {
  // The build and the build before are served by the same plain server, so only the builds differ.
  const server = await serveStatic(join(ROOT, 'dist'));
  const readerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const raw = readFileSync(join(ROOT, 'corpus/nguyen-2020/source.txt'), 'utf8');
  const escaped = raw.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const baselineHtml = `<!doctype html><meta charset="utf-8"><title>raw</title><pre id="s1-p1">${escaped}</pre>`;
  const baseline = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(baselineHtml);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => baseline.once('listening', resolve));
  const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;
  const before = BEFORE_DIST ? await serveStatic(BEFORE_DIST) : null;
  const beforeUrl = before ? `http://127.0.0.1:${(before.address() as AddressInfo).port}/` : null;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const targets = [
    { name: 'reader', url: readerUrl, how: { marks: true, window: true } },
    // A build before the search marks existed would wait for them in vain: BENCH_BEFORE_MARKS=0.
    ...(beforeUrl
      ? [
          {
            name: 'before',
            url: beforeUrl,
            how: { marks: process.env.BENCH_BEFORE_MARKS !== '0', window: true },
          },
        ]
      : []),
    { name: 'baseline', url: baselineUrl, how: { marks: false, window: false } },
  ];
  const runs = Object.fromEntries(targets.map((t) => [t.name, [] as RunResult[]]));
  for (const target of targets) await measure(browser, target.url, target.how); // warm up
  for (let i = 0; i < RUNS; i++) {
    for (const target of targets) {
      runs[target.name]?.push(await measure(browser, target.url, target.how));
    }
  }
  await browser.close();
  baseline.close();
  before?.close();
  server.close();

  const summarise = (name: string) => {
    const list = runs[name] ?? [];
    // After the first paint: FCP where Chromium reports it, else the first paragraph.
    const paint = (r: RunResult) => (Number.isFinite(r.fcp) ? r.fcp : r.firstParagraph);
    return {
      timeToFirstParagraphMs: stats(list.map((r) => r.firstParagraph)),
      firstContentfulPaintMs: stats(list.map((r) => r.fcp)),
      searchReadyAfterPaintMs: stats(list.map((r) => r.searchReady - paint(r))),
      searchIndexedAfterPaintMs: stats(list.map((r) => r.searchIndexed - paint(r))),
      blockingMs: stats(list.map((r) => r.blocking)),
    };
  };
  const assets = gzipSizes(join(ROOT, 'dist'));
  const bundle = (dist: string, list: Asset[]) => ({
    assets: list,
    totalBytes: list.reduce((s, a) => s + a.bytes, 0),
    totalGzip: list.reduce((s, a) => s + a.gzip, 0),
    entryGzip: entryAssets(dist, list).reduce((s, a) => s + a.gzip, 0),
  });
  const beforeAssets = BEFORE_DIST ? gzipSizes(BEFORE_DIST) : null;
  const report = {
    date: new Date().toISOString(),
    runs: RUNS,
    chromium: 'Debian chromium, headless, 1280×860, cold context per run, served from localhost',
    bundle: bundle(join(ROOT, 'dist'), assets),
    ...(BEFORE_DIST && beforeAssets ? { beforeBundle: bundle(BEFORE_DIST, beforeAssets) } : {}),
    baselineBytes: Buffer.byteLength(baselineHtml),
    baselineGzip: gzipSync(baselineHtml, { level: 9 }).length,
    reader: summarise('reader'),
    ...(beforeUrl ? { before: summarise('before') } : {}),
    baseline: summarise('baseline'),
  };
  mkdirSync(join(ROOT, 'docs/bench'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/bench/reader.json'), `${JSON.stringify(report, null, 2)}\n`);

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mp = (s: Stats) => `${f(s.median)} / ${f(s.p95)}`;
  const row = (label: string, size: string, s: ReturnType<typeof summarise>) =>
    `| ${label} | ${size} | ${mp(s.timeToFirstParagraphMs)} | ${mp(s.firstContentfulPaintMs)} | ${mp(s.blockingMs)} |`;
  const searchRow = (label: string, s: ReturnType<typeof summarise>) =>
    `| ${label} | ${f(s.searchReadyAfterPaintMs.median)} / ${f(s.searchReadyAfterPaintMs.p95)} / ${f(s.searchReadyAfterPaintMs.max)} | ${f(s.searchIndexedAfterPaintMs.median)} / ${f(s.searchIndexedAfterPaintMs.p95)} |`;
  const size = (b: ReturnType<typeof bundle>) =>
    `${kb(b.totalGzip)} (entry ${kb(b.entryGzip)}; ${kb(b.totalBytes)} raw)`;
  const md = [
    '# Reader benchmark',
    '',
    `${report.date.slice(0, 10)}, ${RUNS} cold loads each, interleaved, ${report.chromium}. Produced by \`npm run bench:reader\`${BEFORE_DIST ? ' with `BENCH_BEFORE_DIST`' : ''}.`,
    '',
    '| | shipped (gzip) | first paragraph in DOM, median / p95 (ms) | first contentful paint, median / p95 (ms) | main thread blocked in the first 3 s, median / p95 (ms) |',
    '|---|---|---|---|---|',
    row('Triglot reader (production build)', size(report.bundle), report.reader),
    ...(report.before && report.beforeBundle
      ? [row('the same, before this change', size(report.beforeBundle), report.before)]
      : []),
    row(
      'naive baseline: source.txt in one static `<pre>`',
      `${kb(report.baselineGzip)} (${kb(report.baselineBytes)} raw)`,
      report.baseline,
    ),
    '',
    'Search in the reader (module worker), after the first paint:',
    '',
    '| | searchable, median / p95 / max (ms) | index complete, median / p95 (ms) |',
    '|---|---|---|',
    searchRow('Triglot reader', report.reader),
    ...(report.before ? [searchRow('the same, before this change', report.before)] : []),
    '',
    'Assets: ' + assets.map((a) => `\`${a.file}\` ${kb(a.gzip)}`).join(', '),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'docs/bench/reader.md'), md);
  process.stdout.write(md);
}

void main();
