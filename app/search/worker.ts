/**
 * The search Web Worker (a module worker): normalising, indexing and searching run here, off the
 * main thread, so the reader paints first and stays responsive. The reader starts it with
 *   new Worker(new URL('../search/worker.ts', import.meta.url), { type: 'module' })
 * and talks to it through `createSearchClient` (client.ts).
 */
import type { WorkerRequest } from './protocol';
import { createWorkerHost } from './worker-host';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  setTimeout(task: () => void, ms: number): unknown;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createWorkerHost({
  post: (reply) => scope.postMessage(reply),
  schedule: (task) => scope.setTimeout(task, 0),
});
scope.addEventListener('message', (event) => handle(event.data));
