/** Collects every provider's decorations of every block, once per document and URL state. */
import { useMemo } from 'react';
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
  }, [document, key, annotations]);
}
