/**
 * What "cite this passage" would cost if citeproc-js ran in the reader: a throwaway page that
 * lazily imports citeproc-js, the vendored styles and the article's record (the same modules the
 * command line uses), built by Vite for production and timed in headless Chromium over cold loads:
 * the chunk's download and evaluation, the first citation (both styles compiled), later citations.
 * This is why the reader precomputes the citeproc strings at build time (README, Citation lookup).
 * Run: npx tsx scripts/bench-citeproc-browser.ts
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const ENTRY = `
const metadata = ${readFileSync(join(ROOT, 'corpus/nguyen-2020/metadata.json'), 'utf8')};
window.measure = async () => {
  const t0 = performance.now();
  const [{ renderArticleCitation }, { bundledCslResources }, { readArticleRecord }] = await Promise.all([
    import('${ROOT}app/citation/render-article-citation.ts'),
    import('${ROOT}app/citation/bundled-csl-resources.ts'),
    import('${ROOT}app/citation/article-record.ts'),
  ]);
  const t1 = performance.now();
  const record = readArticleRecord(metadata).record;
  const first = ['chicago-author-date', 'apa'].map((s) => renderArticleCitation(record, s, '166', bundledCslResources));
  const t2 = performance.now();
  for (let i = 0; i < 10; i++) renderArticleCitation(record, 'apa', String(150 + i), bundledCslResources);
  const t3 = performance.now();
  return { load: t1 - t0, firstCitation: t2 - t1, laterCitation: (t3 - t2) / 10, sample: first[0].inText };
};
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triglot-citeproc-'));
  try {
    writeFileSync(join(dir, 'entry.js'), ENTRY);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>citeproc</title><script type="module" src="./entry.js"></script>',
    );
    const config = {
      root: dir,
      base: './',
      logLevel: 'warn' as const,
      configFile: false as const,
      server: { fs: { allow: [ROOT, dir] } },
      build: { outDir: join(dir, 'dist'), emptyOutDir: true },
    };
    await build(config);
    const assets = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const gzip = assets.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(dir, 'dist/assets', f)), { level: 9 }).length,
      0,
    );
    const server = await preview({ ...config, preview: { port: 0, host: '127.0.0.1' } });
    const url = server.resolvedUrls?.local[0] ?? '';
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    const runs: { load: number; firstCitation: number; laterCitation: number; sample: string }[] =
      [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => 'measure' in window);
      runs.push(
        await page.evaluate(() =>
          (
            window as unknown as {
              measure: () => Promise<(typeof runs)[number]>;
            }
          ).measure(),
        ),
      );
      await context.close();
    }
    await browser.close();
    server.httpServer.close();
    const f = (n: number) => n.toFixed(0);
    console.log(`citeproc-js + styles + locale: ${(gzip / 1024).toFixed(1)} KB gzip`);
    console.log(`sample: ${runs[0]?.sample}`);
    console.log(
      `${RUNS} cold loads, median: chunk load ${f(median(runs.map((r) => r.load)))} ms, ` +
        `first citation (compiles both styles) ${f(median(runs.map((r) => r.firstCitation)))} ms, ` +
        `later citation ${median(runs.map((r) => r.laterCitation)).toFixed(1)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
