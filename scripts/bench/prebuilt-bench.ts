/**
 * Build in a worker, or ship a prebuilt index? For the real article: the time to build the engine
 * from the records (which the reader has anyway), against the bytes a prebuilt flexsearch export
 * would add and the time to load it (JSON.parse + import + normalising the texts, which the
 * verification needs either way).
 */
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../../app/search/engine/search-engine';
import { CandidateIndex } from '../../app/search/index/candidate-index';
import { DEFAULT_FOLDS } from '../../app/search/normalize/folds';
import { normalizeText } from '../../app/search/normalize/normalize';
import type { SearchRecord } from '../../app/search/records/search-record';
import { percentile, timed } from './measure';

export interface PrebuiltReport {
  buildColdMs: number;
  buildWarmMedianMs: number;
  prebuiltJsonBytes: number;
  prebuiltGzipBytes: number;
  loadPrebuiltMedianMs: number;
}

/** Measures both ways of getting an index ready for `records`. Call it first (cold start). */
export function benchPrebuilt(records: SearchRecord[]): PrebuiltReport {
  const cold = timed(() => SearchEngine.build(records)).ms;
  const warm = Array.from({ length: 15 }, () => timed(() => SearchEngine.build(records)).ms);
  const index = new CandidateIndex();
  records.forEach((r, id) => index.add(id, normalizeText(r.text, DEFAULT_FOLDS)));
  const json = JSON.stringify(index.exportChunks());
  const loads = Array.from(
    { length: 15 },
    () =>
      timed(() => {
        const restored = CandidateIndex.fromChunks(JSON.parse(json) as [string, string][]);
        const texts = records.map((r) => normalizeText(r.text, DEFAULT_FOLDS));
        return [restored, texts];
      }).ms,
  );
  return {
    buildColdMs: cold,
    buildWarmMedianMs: percentile(warm, 0.5),
    prebuiltJsonBytes: Buffer.byteLength(json),
    prebuiltGzipBytes: gzipSync(json, { level: 9 }).length,
    loadPrebuiltMedianMs: percentile(loads, 0.5),
  };
}
