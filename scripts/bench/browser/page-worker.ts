// Benchmark page: the search index is built in a module worker, as the reader does it.
import { createSearchClient } from '../../../app/search/client';
import type { SearchRecord } from '../../../app/search/records/search-record';
import { observePage, publish } from './page-marks';

const marks = observePage();
marks.start = performance.now();
// The worker is started first, so that it boots while the page does its own work.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const client = createSearchClient(worker);
const records = JSON.parse(
  document.getElementById('records')?.textContent ?? '[]',
) as SearchRecord[];
const loading = client.load(records);
marks.blocking = performance.now() - marks.start;
await loading;
marks.ready = performance.now();
const response = await client.search({ query: 'Bien Dong' });
marks.firstSearch = performance.now();
const stats = await client.indexed();
publish(marks, {
  indexed: performance.now(),
  normalizeMsInWorker: stats.normalizeMs,
  indexMsInWorker: stats.indexMs,
  hits: response.page.hits.map((h) => h.blockId),
});
