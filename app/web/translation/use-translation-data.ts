/** The annotation data of a document, and whether it has arrived (panels say "loading" until then). */
import { useEffect, useState } from 'react';
import { loadAnnotationData } from '../data/annotation-data';
import type { DocumentAnnotationData } from '../data/annotation-data';

export type TranslationData =
  { status: 'loading' } | { status: 'loaded'; data: DocumentAnnotationData | null };

/** Loads the (lazily split) annotation chunk and returns the document's part, or null if none. */
export function useTranslationData(docId: string): TranslationData {
  const [state, setState] = useState<TranslationData>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void loadAnnotationData().then((all) => {
      if (current) setState({ status: 'loaded', data: all[docId] ?? null });
    });
    return () => {
      current = false;
    };
  }, [docId]);
  return state;
}
