/**
 * Reader benchmark: production bundle size (gzip) and time to first paragraph in headless
 * Chromium, median and p95 over repeated cold loads, side by side with a naive baseline (the raw
 * source text served as one static <pre> page) in the same run. Writes docs/bench/reader.{json,md}.
 * Run `npm run build` first.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function gzipSizes(): { file: string; bytes: number; gzip: number }[] {
  const dir = join(ROOT, 'dist/assets');
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/u.test(f))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}

function stats(values: number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

async function main(): Promise<void> {
  const server = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const readerUrl = server.resolvedUrls?.local[0] ?? '';
  const raw = readFileSync(join(ROOT, 'corpus/nguyen-2020/source.txt'), 'utf8');
  const escaped = raw.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const baselineHtml = `<!doctype html><meta charset="utf-8"><title>raw</title><pre id="s1-p1">${escaped}</pre>`;
  const baseline = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(baselineHtml);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => baseline.once('listening', resolve));
  const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

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
  const measure = async (url: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    // Records when the first paragraph enters the DOM, without instrumenting the product.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstParagraph?: number };
      new MutationObserver((_, observer) => {
        if (document.getElementById('s1-p1')) {
          w.__firstParagraph = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForSelector('#s1-p1');
    await page.waitForTimeout(50);
    const result = await page.evaluate(() => ({
      firstParagraph: (window as unknown as { __firstParagraph?: number }).__firstParagraph ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    await context.close();
    return result;
  };

  const runs: Record<'reader' | 'baseline', { firstParagraph: number[]; fcp: number[] }> = {
    reader: { firstParagraph: [], fcp: [] },
    baseline: { firstParagraph: [], fcp: [] },
  };
  await measure(readerUrl); // warm the server and the browser once
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of [
      ['reader', readerUrl],
      ['baseline', baselineUrl],
    ] as const) {
      const r = await measure(url);
      runs[name].firstParagraph.push(r.firstParagraph);
      runs[name].fcp.push(r.fcp);
    }
  }
  await browser.close();
  baseline.close();
  server.httpServer.close();

  const assets = gzipSizes();
  const report = {
    date: new Date().toISOString(),
    runs: RUNS,
    chromium: 'Debian chromium, headless, 1280×860, cold context per run, served from localhost',
    bundle: {
      assets,
      totalBytes: assets.reduce((s, a) => s + a.bytes, 0),
      totalGzip: assets.reduce((s, a) => s + a.gzip, 0),
    },
    baselineBytes: Buffer.byteLength(baselineHtml),
    baselineGzip: gzipSync(baselineHtml, { level: 9 }).length,
    timeToFirstParagraphMs: {
      reader: stats(runs.reader.firstParagraph),
      baseline: stats(runs.baseline.firstParagraph),
    },
    firstContentfulPaintMs: { reader: stats(runs.reader.fcp), baseline: stats(runs.baseline.fcp) },
  };
  mkdirSync(join(ROOT, 'docs/bench'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/bench/reader.json'), `${JSON.stringify(report, null, 2)}\n`);
  const f = (n: number) => n.toFixed(1);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const md = [
    '# Reader benchmark',
    '',
    `${report.date.slice(0, 10)}, ${RUNS} cold loads each, ${report.chromium}. Produced by \`npm run bench:reader\`.`,
    '',
    '| | shipped (gzip) | first paragraph in DOM, median / p95 (ms) | first contentful paint, median / p95 (ms) |',
    '|---|---|---|---|',
    `| Triglot reader (production build) | ${kb(report.bundle.totalGzip)} (${kb(report.bundle.totalBytes)} raw) | ${f(report.timeToFirstParagraphMs.reader.median)} / ${f(report.timeToFirstParagraphMs.reader.p95)} | ${f(report.firstContentfulPaintMs.reader.median)} / ${f(report.firstContentfulPaintMs.reader.p95)} |`,
    `| naive baseline: source.txt in one static \`<pre>\` | ${kb(report.baselineGzip)} (${kb(report.baselineBytes)} raw) | ${f(report.timeToFirstParagraphMs.baseline.median)} / ${f(report.timeToFirstParagraphMs.baseline.p95)} | ${f(report.firstContentfulPaintMs.baseline.median)} / ${f(report.firstContentfulPaintMs.baseline.p95)} |`,
    '',
    'Assets: ' + assets.map((a) => `\`${a.file}\` ${kb(a.gzip)}`).join(', '),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'docs/bench/reader.md'), md);
  process.stdout.write(md);
}

void main();
