/** Counts the hits of a few proposed searches (see suggestions.ts), in the worker. */
import { useEffect, useState } from 'react';
import type { Document } from '../../../corpus/model/document';
import { engineFilters } from './search-params';
import type { SearchParams } from './search-params';
import { searchReady } from './search-service';
import { probeKey } from './suggestions';
import type { Probe } from './suggestions';

/** probe key → number of hits (missing while being counted). */
export function useProbeCounts(
  document: Document,
  params: SearchParams,
  probes: Probe[],
): Map<string, number> {
  const [counts, setCounts] = useState<Map<string, number>>(new Map());
  const key = JSON.stringify([document.id, params.filters, probes.map(probeKey)]);
  useEffect(() => {
    let current = true;
    if (probes.length === 0) return;
    void (async () => {
      const client = await searchReady(document);
      const found = new Map<string, number>();
      for (const probe of probes) {
        const filters = probe.filtered
          ? engineFilters(params, document.id)
          : { doc: [document.id] };
        const { resultId } = await client.search({
          query: probe.query,
          folds: probe.folds,
          filters,
          pageSize: 1,
        });
        const { total } = await client.summary(resultId);
        void client.release(resultId);
        found.set(probeKey(probe), total);
      }
      if (current) setCounts(found);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
    // `key` stands for the document, the filters and the probes.
  }, [key]);
  return counts;
}
