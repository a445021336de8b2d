/** Collects every provider's decorations of every block, once per document and URL state. */
import { useEffect, useMemo, useState } from 'react';
import type { Document } from '../../../corpus/model/document';
import { DECORATION_PROVIDERS } from './decoration-registry';
import type { Mark } from './segments';
import type { DocumentAnnotationData } from '../data/annotation-data';

export function useDecorations(
  document: Document,
  extra: Record<string, string>,
  annotations: DocumentAnnotationData,
): Map<string, Mark[]> {
  const key = JSON.stringify(extra);
  // Providers whose decorations arrive later say so; each change decorates again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const unsubscribe = DECORATION_PROVIDERS.map((p) => p.subscribe?.(bump));
    return () => unsubscribe.forEach((u) => u?.());
  }, []);
  return useMemo(() => {
    const byBlock = new Map<string, Mark[]>();
    const context = { document, extra: JSON.parse(key) as Record<string, string>, annotations };
    for (const provider of DECORATION_PROVIDERS) {
      for (const block of document.blocks) {
        const marks = provider
          .decorate(block, context)
          .map((d) => ({ start: d.start, end: d.end, key: d.key, data: d.id }));
        if (marks.length > 0) byBlock.set(block.id, [...(byBlock.get(block.id) ?? []), ...marks]);
      }
    }
    return byBlock;
    // `version` is read by the providers' stores, not here: it only says that they changed.
  }, [document, key, annotations, version]);
}
