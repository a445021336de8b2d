/** The annotation data the reader ships for each document (built by the annotations plugin). */
import { useEffect, useState } from 'react';
import type { Alignment } from '../../../corpus/alignment/alignment-types';
import type { VietnameseItems } from '../../../corpus/vietnamese/item-types';
import type { TriglotAnnotation } from '../../../annotations/model/annotation';
import type { AnchorResult } from '../../../annotations/model/anchor';
import type { AnnotationError } from '../../../annotations/model/errors';
import type { Glossary } from '../../../annotations/model/glossary';

export interface PlacedAnnotation {
  annotation: TriglotAnnotation;
  anchor: AnchorResult;
}

export interface DocumentAnnotationData {
  annotations: PlacedAnnotation[];
  glossary: Glossary;
  /** Reading, parsing and anchoring problems (orphans included), shown by the reader. */
  errors: AnnotationError[];
  alignment: Alignment | null;
  vietnamese: VietnameseItems | null;
}

const EMPTY: DocumentAnnotationData = {
  annotations: [],
  glossary: { terms: [], exclusions: [] },
  errors: [],
  alignment: null,
  vietnamese: null,
};

let loaded: Promise<Record<string, DocumentAnnotationData>> | null = null;

/** Loads the annotation chunk once; it is split from the main bundle so it never delays the text. */
export function loadAnnotationData(): Promise<Record<string, DocumentAnnotationData>> {
  loaded ??= import('virtual:triglot/annotations').then(
    (m) => m.default as Record<string, DocumentAnnotationData>,
  );
  return loaded;
}

/** The annotation data of a document: empty until the chunk has loaded, then the real data. */
export function useAnnotationData(docId: string): DocumentAnnotationData {
  const [data, setData] = useState<DocumentAnnotationData>(EMPTY);
  useEffect(() => {
    let current = true;
    void loadAnnotationData().then((all) => {
      if (current) setData(all[docId] ?? EMPTY);
    });
    return () => {
      current = false;
    };
  }, [docId]);
  return data;
}
