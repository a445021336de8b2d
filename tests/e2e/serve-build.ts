/** Serves the production build (`dist/`, built by `npm run build`) on a local port for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveBuild(project: TestProject): Promise<() => Promise<void>> {
  const dist = new URL('../../dist/index.html', import.meta.url).pathname;
  if (!existsSync(dist))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await preview({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its URL');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
