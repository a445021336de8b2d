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

/** The default: a module worker, or the engine in-thread where there is none. */
const defaultFactory: SearchClientFactory = async () => {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('../../search/worker.ts', import.meta.url), {
        type: 'module',
      });
      return createSearchClient(worker as unknown as MessageEndpoint);
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

/** Resolves with the client once the document can be searched (its index may still be building). */
export function searchReady(document: Document): Promise<SearchClient> {
  if (loaded?.docId === document.id) return loaded.ready;
  client ??= factory();
  const current = client;
  const ready = (async () => {
    const c = await current;
    const { data, failed } = await loadAnnotationData().then(
      (all) => ({ data: all[document.id] ?? null, failed: false }),
      () => ({ data: null, failed: true }),
    );
    annotationsMissing = failed;
    const { records, glossary } = recordsOf(document, data);
    await c.load(records, { glossary });
    // User Timing marks: `npm run bench:reader` reads when search became usable and complete.
    performance.mark('triglot:search-ready');
    void c.indexed().then(() => performance.mark('triglot:search-indexed'));
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
 * Starts the worker and the document's records after the first paint, so search is ready early,
 * and fetches the panel's code (`prefetch`) while the reader is idle.
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
