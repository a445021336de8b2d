/**
 * Citation lookup timings on the real article: parsing every citation, building the source index,
 * and rendering "cite this passage" (the first call builds citeproc-js engines, later calls reuse
 * them). Run: npx tsx scripts/bench-citations.ts
 */
import { extractCitations } from '../corpus/citations/extract-citations';
import { loadCitationIndex } from '../corpus/load/node-citation-index';
import { loadDocument } from '../corpus/load/node-loader';
import { citePassage } from '../app/citation/cite-passage';
import { loadCslResources } from '../app/citation/node-csl-resources';

const document = loadDocument('nguyen-2020').document;
if (!document) throw new Error('the article does not build');

function time(label: string, runs: number, body: () => void): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] ?? 0;
  console.log(`${label}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${runs} runs)`);
}

const resources = loadCslResources();
const blockIds = document.blocks.map((b) => b.id);
time('extract every citation', 50, () => extractCitations(document));
time('citation index with sources.json', 50, () => loadCitationIndex(document));
time('cite a passage, first call (builds both engines)', 1, () =>
  citePassage({ document, blockId: 's4.2-p6' }, resources),
);
let i = 0;
time('cite a passage, later calls', 200, () =>
  citePassage({ document, blockId: blockIds[i++ % blockIds.length] ?? 's1-p1' }, resources),
);
