/**
 * The browser side of the benchmark, in Debian's Chromium (Playwright, headless): how long after
 * the first paint the search index is ready when it is built in a module worker, and what building
 * it on the main thread instead would block. The pages are bundled with esbuild and served locally.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { SearchRecord } from '../../app/search/records/search-record';
import { percentile } from './measure';

const ROOT = new URL('../..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface PageResult {
  fcp: number | null;
  start: number;
  ready: number;
  firstSearch: number;
  blocking: number;
  indexed: number;
  normalizeMsInWorker: number | null;
  indexMsInWorker: number | null;
  hits: string[];
}

export interface BrowserModeReport {
  runs: number;
  fcpMedianMs: number;
  readyAfterFcpMedianMs: number;
  readyAfterFcpMaxMs: number;
  /** From the page script starting search to the index being ready. */
  startToReadyMedianMs: number;
  /** Where the page script started search, relative to the first paint (negative: before it). */
  startAfterFcpMedianMs: number;
  firstSearchMedianMs: number;
  mainThreadBlockedMedianMs: number;
  /** When the index was complete (searches before that verify every record). */
  indexedAfterFcpMedianMs: number;
  normalizeMsInWorkerMedian: number | null;
  indexMsInWorkerMedian: number | null;
  hits: string[];
}

export type BrowserReport =
  | { skipped: string }
  | {
      chromium: string;
      worker: BrowserModeReport;
      mainThread: BrowserModeReport;
      /** A module worker that does nothing: start-up to first answer, the floor for `worker`. */
      emptyWorker: BrowserModeReport;
    };

/** Runs both pages `runs` times each in fresh browser contexts. */
export async function benchBrowser(records: SearchRecord[], runs = 11): Promise<BrowserReport> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const dir = mkdtempSync(join(tmpdir(), 'triglot-bench-'));
  let server: Server | null = null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    await build({
      entryPoints: {
        worker: `${ROOT}app/search/worker.ts`,
        'page-worker': `${ROOT}scripts/bench/browser/page-worker.ts`,
        'page-main': `${ROOT}scripts/bench/browser/page-main.ts`,
        'page-empty': `${ROOT}scripts/bench/browser/page-empty.ts`,
        'empty-worker': `${ROOT}scripts/bench/browser/empty-worker.ts`,
      },
      outdir: dir,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      charset: 'utf8',
      logLevel: 'silent',
    });
    const json = JSON.stringify(records).replace(/</gu, '\\u003c');
    for (const mode of ['worker', 'main', 'empty']) {
      writeFileSync(
        join(dir, `${mode}.html`),
        `<!doctype html><meta charset="utf-8"><title>bench</title>` +
          `<p lang="zh-Hant">從「避險」到「軟制衡」：美國的策略如何改變越南的中國政策</p>` +
          `<script type="application/json" id="records">${json}</script>` +
          `<script type="module" src="./page-${mode}.js"></script>`,
      );
    }
    server = createServer((req, res) => {
      const name = (req.url ?? '/').split('?')[0]?.replace(/^\//u, '') ?? '';
      const path = join(dir, name);
      if (!name || name.includes('..') || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      const type = name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const measureMode = async (mode: string): Promise<BrowserModeReport> => {
      const results: PageResult[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/${mode}.html`);
        await page.waitForFunction(
          () => (window as unknown as { __bench?: unknown }).__bench,
          null,
          {
            timeout: 30_000,
          },
        );
        results.push(
          (await page.evaluate(
            () => (window as unknown as { __bench: unknown }).__bench,
          )) as PageResult,
        );
        await context.close();
      }
      const afterPaint = results.map((r) => r.ready - (r.fcp ?? r.ready));
      const inWorker = (pick: (r: PageResult) => number | null) => {
        const values = results.map(pick).filter((v): v is number => v !== null);
        return values.length ? percentile(values, 0.5) : null;
      };
      return {
        runs,
        fcpMedianMs: percentile(
          results.flatMap((r) => (r.fcp === null ? [] : [r.fcp])),
          0.5,
        ),
        readyAfterFcpMedianMs: percentile(afterPaint, 0.5),
        readyAfterFcpMaxMs: Math.max(...afterPaint),
        startToReadyMedianMs: percentile(
          results.map((r) => r.ready - r.start),
          0.5,
        ),
        startAfterFcpMedianMs: percentile(
          results.map((r) => r.start - (r.fcp ?? r.start)),
          0.5,
        ),
        firstSearchMedianMs: percentile(
          results.map((r) => r.firstSearch - r.ready),
          0.5,
        ),
        mainThreadBlockedMedianMs: percentile(
          results.map((r) => r.blocking),
          0.5,
        ),
        indexedAfterFcpMedianMs: percentile(
          results.map((r) => r.indexed - (r.fcp ?? r.indexed)),
          0.5,
        ),
        normalizeMsInWorkerMedian: inWorker((r) => r.normalizeMsInWorker),
        indexMsInWorkerMedian: inWorker((r) => r.indexMsInWorker),
        hits: results[0]?.hits ?? [],
      };
    };
    return {
      chromium: browser.version(),
      worker: await measureMode('worker'),
      mainThread: await measureMode('main'),
      emptyWorker: await measureMode('empty'),
    };
  } finally {
    await browser.close();
    if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
}
