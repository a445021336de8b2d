/**
 * The `hit` decorations: every occurrence of the URL's search query (`q`, with its folds) in the
 * text of the open document, as the engine finds them (code points of each block's text). The
 * ranges come from the worker, so they arrive after the render that asks for them: the provider
 * keeps them in a small store and tells the reading pane when they are there.
 */
import type { Block, Document, Span } from '../../../corpus/model/document';
import type { Decoration, DecorationProvider } from '../reader/decorations';
import { readSearchParams } from './search-params';
import type { SearchParams } from './search-params';
import { searchReady } from './search-service';
import './hit-highlights.css';

/** How many queries' ranges are kept (the current one and a few recent ones, for back/forward). */
const KEEP = 4;

const store = new Map<string, Map<string, Span[]>>();
const pending = new Set<string>();
const listeners = new Set<() => void>();

function keyOf(docId: string, params: SearchParams): string {
  const { query, folds } = params;
  return JSON.stringify([docId, query, folds.case, folds.width, folds.diacritics, folds.script]);
}

/** The ranges, asked again once if the worker's records were replaced in between. */
async function fetchRanges(document: Document, params: SearchParams): Promise<Map<string, Span[]>> {
  try {
    return await fetchRangesOnce(document, params);
  } catch {
    return fetchRangesOnce(document, params);
  }
}

async function fetchRangesOnce(
  document: Document,
  params: SearchParams,
): Promise<Map<string, Span[]>> {
  const client = await searchReady(document);
  const { resultId } = await client.search({
    query: params.query,
    folds: params.folds,
    // Only the text itself: an annotation body or a glossary entry is not in the reading pane.
    filters: { doc: [document.id], layer: ['text'] },
    pageSize: 1,
  });
  const hits = await client.hitRanges(resultId);
  void client.release(resultId);
  return new Map(hits.map((hit) => [hit.blockId, hit.ranges]));
}

/** The occurrences per block for a search, or null while they are being found. */
export function hitRanges(document: Document, params: SearchParams): Map<string, Span[]> | null {
  const key = keyOf(document.id, params);
  const found = store.get(key);
  if (found) return found;
  if (!pending.has(key)) {
    pending.add(key);
    fetchRanges(document, params)
      .catch(() => new Map<string, Span[]>())
      .then((ranges) => {
        pending.delete(key);
        store.set(key, ranges);
        while (store.size > KEEP) store.delete(store.keys().next().value as string);
        for (const listener of listeners) listener();
      });
  }
  return null;
}

/** Forgets every stored range (tests, or a document whose text changed). */
export function clearHitRanges(): void {
  store.clear();
  pending.clear();
}

export const hitDecorations: DecorationProvider = {
  key: 'hit',
  decorate(block: Block, { document, extra }): Decoration[] {
    const params = readSearchParams(extra);
    if (params.query.trim() === '') return [];
    const ranges = hitRanges(document, params)?.get(block.id) ?? [];
    return ranges.map((range, i) => ({
      start: range.start,
      end: range.end,
      key: 'hit',
      id: `${i}`,
    }));
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
