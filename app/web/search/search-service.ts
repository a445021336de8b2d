/**
 * The reader's one search engine: a module Web Worker (app/search/worker.ts) holding the records of
 * the open document — its blocks, the bodies of its annotation layers and its glossary — so
 * normalising and indexing never run on the main thread. Started after the first paint (`warm`);
 * every consumer awaits `ready(document)`. Where module workers are missing the same engine runs
 * in-thread from a lazily loaded chunk.
 */
import type { Document } from '../../../corpus/model/document';
import { buildRecords, createSearchClient } from '../../search';
import type { MessageEndpoint, SearchClient } from '../../search';
import { loadAnnotationData } from '../data/annotation-data';
import type { DocumentAnnotationData } from '../data/annotation-data';

export type SearchClientFactory = () => Promise<SearchClient>;

/** Set when the worker failed to start or crashed: from then on the engine runs in-thread. */
let workerBroken = false;
let workerInUse: SearchClient | null = null;

/** The default: a module worker, or the engine in-thread where there is none (or it failed). */
const defaultFactory: SearchClientFactory = async () => {
  if (typeof Worker !== 'undefined' && !workerBroken) {
    try {
      const worker = new Worker(new URL('../../search/worker.ts', import.meta.url), {
        type: 'module',
      });
      const workerClient = createSearchClient(worker as unknown as MessageEndpoint);
      // A worker that cannot load (or dies) would leave every call pending: fail them instead,
      // and let the next search start over in-thread.
      worker.addEventListener('error', () => {
        workerBroken = true;
        workerClient.dispose();
        worker.terminate();
        if (workerInUse === workerClient) {
          client = null;
          loaded = null;
        }
      });
      workerInUse = workerClient;
      return workerClient;
    } catch {
      // Module workers unsupported: fall through to the in-thread engine.
    }
  }
  const [{ createWorkerHost }, { endpointPair }] = await Promise.all([
    import('../../search/worker-host'),
    import('./in-process-endpoint'),
  ]);
  const [clientSide, hostSide] = endpointPair();
  const handle = createWorkerHost({
    post: (reply) => hostSide.postMessage(reply),
    schedule: (task) => setTimeout(task, 0),
  });
  hostSide.addEventListener('message', (event) => handle(event.data as never));
  return createSearchClient(clientSide);
};

let factory: SearchClientFactory = defaultFactory;
let client: Promise<SearchClient> | null = null;
let loaded: { docId: string; ready: Promise<SearchClient> } | null = null;
/** Whether the last load had to leave out the annotation layers (their chunk failed to load). */
let annotationsMissing = false;

/** Replaces how the client is made (tests), and forgets the current one. */
export function setSearchClientFactory(next: SearchClientFactory | null): void {
  client?.then((c) => c.dispose()).catch(() => undefined);
  factory = next ?? defaultFactory;
  client = null;
  loaded = null;
}

/** The document's search records: blocks, annotation bodies (where they anchor) and glossary. */
function recordsOf(document: Document, data: DocumentAnnotationData | null) {
  const glossary = data?.glossary.terms ?? [];
  const records = buildRecords({ document, annotations: data?.annotations ?? [], glossary });
  return { records, glossary };
}

/** Changes whenever the records in the worker change (a search result from before is gone). */
let generation = 0;
const reloadListeners = new Set<() => void>();

/** The number of record loads so far: a search made under an earlier one must run again. */
export function searchGeneration(): number {
  return generation;
}

/** Calls `listener` after the worker's records have been replaced (see `searchGeneration`). */
export function onSearchReload(listener: () => void): () => void {
  reloadListeners.add(listener);
  return () => reloadListeners.delete(listener);
}

/** Starts the worker (or the in-thread engine) if it is not running yet; it loads in parallel. */
export function startSearchClient(): void {
  client ??= factory();
}

type AnnotationLoad = { data: DocumentAnnotationData | null; failed: boolean };

/**
 * Resolves with the client once the document can be searched (its index may still be building).
 * If the annotation chunk is not there yet, the blocks are loaded first — the text is searchable
 * at once — and every record once the chunk arrives (`onSearchReload` says when).
 */
export function searchReady(document: Document): Promise<SearchClient> {
  if (loaded?.docId === document.id) return loaded.ready;
  startSearchClient();
  const current = client as Promise<SearchClient>;
  let arrived: AnnotationLoad | null = null;
  const annotations: Promise<AnnotationLoad> = loadAnnotationData().then(
    (all) => (arrived = { data: all[document.id] ?? null, failed: false }),
    () => (arrived = { data: null, failed: true }),
  );
  const loadAll = async (c: SearchClient, { data, failed }: AnnotationLoad) => {
    annotationsMissing = failed;
    const { records, glossary } = recordsOf(document, data);
    await c.load(records, { glossary });
    // User Timing mark: `npm run bench:reader` reads when the whole index was complete.
    void c.indexed().then(() => performance.mark('triglot:search-indexed'));
  };
  const ready = (async () => {
    const c = await current;
    if (arrived) await loadAll(c, arrived);
    else {
      await c.load(buildRecords({ document }));
      void annotations.then(async (load) => {
        if (loaded?.ready !== ready) return;
        await loadAll(c, load);
        generation++;
        for (const listener of reloadListeners) listener();
      });
    }
    performance.mark('triglot:search-ready');
    return c;
  })();
  loaded = { docId: document.id, ready };
  // A failed start may be retried by the next caller.
  ready.catch(() => {
    if (loaded?.ready === ready) loaded = null;
    if (client === current) client = null;
  });
  return ready;
}

/** Whether the records lack the annotation layers (shown as a note by the panel). */
export function searchLacksAnnotations(): boolean {
  return annotationsMissing;
}

/**
 * Starts the worker and sends it the document's records after the first paint, so search is ready
 * early, and fetches the panel's code (`prefetch`) at the same moment. (Starting the worker before
 * the paint made search ready no sooner and added main-thread blocking: see README.)
 */
export function warmSearch(document: Document, prefetch?: () => Promise<unknown>): () => void {
  let cancelled = false;
  // Two frames: the first paint has happened; then a macrotask, off the frame's critical path.
  const frame = requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (cancelled) return;
        searchReady(document).catch(() => undefined);
        prefetch?.().catch(() => undefined);
      }, 0),
    ),
  );
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
