// Benchmark page: the same index built on the main thread, to see what a worker spares the reader.
import { SearchEngine } from '../../../app/search/engine/search-engine';
import type { SearchRecord } from '../../../app/search/records/search-record';
import { observePage, publish } from './page-marks';

const marks = observePage();
const records = JSON.parse(
  document.getElementById('records')?.textContent ?? '[]',
) as SearchRecord[];
// Let the first paint happen, as a reader would before starting the index.
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
marks.start = performance.now();
const engine = SearchEngine.build(records);
marks.ready = performance.now();
marks.blocking = marks.ready - marks.start;
const hits = engine
  .search({ query: 'Bien Dong' })
  .page(0)
  .hits.map((h) => h.blockId);
marks.firstSearch = performance.now();
publish(marks, {
  indexed: marks.ready,
  normalizeMsInWorker: null,
  indexMsInWorker: null,
  hits,
});
