/** The annotation data and its index for the reader's document, or null until the chunk has loaded. */
import { useEffect, useMemo, useState } from 'react';
import { loadAnnotationData } from '../data/annotation-data';
import type { DocumentAnnotationData } from '../data/annotation-data';
import { useReader } from '../state/reader-context';
import { indexAnnotations } from './annotation-index';
import type { AnnotationIndex } from './annotation-index';

const EMPTY: DocumentAnnotationData = {
  annotations: [],
  glossary: { terms: [], exclusions: [] },
  errors: [],
  alignment: null,
  vietnamese: null,
};

export interface LoadedAnnotationData {
  data: DocumentAnnotationData;
  index: AnnotationIndex;
}

/** Loads (once) and indexes the annotations of the current document. */
export function useAnnotations(): LoadedAnnotationData | null {
  const { document } = useReader();
  const [data, setData] = useState<{ docId: string; data: DocumentAnnotationData } | null>(null);
  useEffect(() => {
    let current = true;
    void loadAnnotationData().then((all) => {
      if (current) setData({ docId: document.id, data: all[document.id] ?? EMPTY });
    });
    return () => {
      current = false;
    };
  }, [document.id]);
  return useMemo(
    () =>
      data && data.docId === document.id
        ? { data: data.data, index: indexAnnotations(document, data.data) }
        : null,
    [data, document],
  );
}
