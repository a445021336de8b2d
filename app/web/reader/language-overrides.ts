/**
 * Spans whose language a feature knows better than the script heuristic of `lang-runs.ts`: a
 * Vietnamese name written without diacritics ("Nguyen Phu Trong") looks English to the heuristic.
 * Providers are listed in `language-registry.ts`; their runs win over the heuristic's and apply
 * whether or not the feature's highlights are shown (a language is a fact, not a highlight).
 */
import { useMemo } from 'react';
import type { Block, Document } from '../../../corpus/model/document';
import type { DocumentAnnotationData } from '../data/annotation-data';
import type { LangRun } from './lang-runs';

export type LanguageProvider = (
  block: Block,
  context: { document: Document; annotations: DocumentAnnotationData },
) => LangRun[];

/** The override runs of every block that has any, from the given providers. */
export function useLanguageOverrides(
  document: Document,
  annotations: DocumentAnnotationData,
  providers: readonly LanguageProvider[],
): Map<string, LangRun[]> {
  return useMemo(() => {
    const byBlock = new Map<string, LangRun[]>();
    for (const block of document.blocks) {
      const runs = providers.flatMap((provider) => provider(block, { document, annotations }));
      if (runs.length > 0) byBlock.set(block.id, runs);
    }
    return byBlock;
  }, [document, annotations, providers]);
}
