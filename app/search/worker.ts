/**
 * The search Web Worker (a module worker): index building and searching run here, off the main
 * thread, so the reader paints first and stays responsive. The reader starts it with
 *   new Worker(new URL('../search/worker.ts', import.meta.url), { type: 'module' })
 * and talks to it through `createSearchClient` (client.ts).
 */
import type { WorkerRequest } from './protocol';
import { createWorkerHost } from './worker-host';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createWorkerHost();
scope.addEventListener('message', (event) => scope.postMessage(handle(event.data)));
