/** The annotation data of a document, and whether it has arrived (panels say "loading" until then). */
import { useMemo } from 'react';
import { useAnnotationChunk } from '../data/annotation-data';
import type { DocumentAnnotationData } from '../data/annotation-data';

export type TranslationData =
  { status: 'loading' } | { status: 'loaded'; data: DocumentAnnotationData | null };

/** The document's part of the (lazily split) annotation chunk, or null if it has none. */
export function useTranslationData(docId: string): TranslationData {
  const chunk = useAnnotationChunk(docId);
  return useMemo(
    () => (chunk.loaded ? { status: 'loaded', data: chunk.data } : { status: 'loading' }),
    [chunk],
  );
}
