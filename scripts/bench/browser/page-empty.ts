// Benchmark page: a module worker that does nothing, to measure what starting any worker costs here.
import { observePage, publish } from './page-marks';

const marks = observePage();
marks.start = performance.now();
const worker = new Worker(new URL('./empty-worker.js', import.meta.url), { type: 'module' });
await new Promise((resolve) => {
  worker.addEventListener('message', resolve, { once: true });
  worker.postMessage('ping');
});
marks.ready = performance.now();
marks.firstSearch = marks.ready;
publish(marks, {
  indexed: marks.ready,
  normalizeMsInWorker: null,
  indexMsInWorker: null,
  hits: [],
});
