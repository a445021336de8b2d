/** What search adds to the reader's bundle: minified ES modules for the browser, gzip -9. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Minified and gzipped size of a bundle of `source` (an ES module, resolved from the repo root). */
export async function bundleSize(source: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export interface BundleReport {
  worker: { raw: number; gzip: number };
  client: { raw: number; gzip: number };
  flexsearch: { raw: number; gzip: number };
  scriptFold: { raw: number; gzip: number };
  totalGzip: number;
}

/** Sizes of the worker (engine + flexsearch + dictionary), the client, and their main parts. */
export async function benchBundle(): Promise<BundleReport> {
  const [worker, client, flexsearch, scriptFold] = await Promise.all([
    bundleSize("import './app/search/worker';"),
    // Everything the reader's main bundle can import from the public API (client, records, types).
    bundleSize("export * from './app/search/index';"),
    bundleSize("export { Index, Encoder } from 'flexsearch';"),
    bundleSize("export { foldScript } from './app/search/normalize/script-fold';"),
  ]);
  return { worker, client, flexsearch, scriptFold, totalGzip: worker.gzip + client.gzip };
}
