/** The annotation data and its index for the reader's document, or null until the chunk has loaded. */
import { useMemo } from 'react';
import { EMPTY_ANNOTATION_DATA, useAnnotationChunk } from '../data/annotation-data';
import type { DocumentAnnotationData } from '../data/annotation-data';
import { useReader } from '../state/reader-context';
import { indexAnnotations } from './annotation-index';
import type { AnnotationIndex } from './annotation-index';

export interface LoadedAnnotationData {
  data: DocumentAnnotationData;
  index: AnnotationIndex;
}

/** Loads (once) and indexes the annotations of the current document. */
export function useAnnotations(): LoadedAnnotationData | null {
  const { document } = useReader();
  const chunk = useAnnotationChunk(document.id);
  return useMemo(() => {
    if (!chunk.loaded) return null;
    const data = chunk.data ?? EMPTY_ANNOTATION_DATA;
    return { data, index: indexAnnotations(document, data) };
  }, [chunk, document]);
}
