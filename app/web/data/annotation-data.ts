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

/** What a document without annotation files has. */
export const EMPTY_ANNOTATION_DATA: DocumentAnnotationData = {
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

/** A document's part of the annotation chunk: not loaded yet, or loaded (null if it has none). */
export type AnnotationChunkState =
  { loaded: false } | { loaded: true; data: DocumentAnnotationData | null };

const NOT_LOADED: AnnotationChunkState = { loaded: false };

/** Loads the annotation chunk (once for the whole reader) and follows the document. */
export function useAnnotationChunk(docId: string): AnnotationChunkState {
  const [state, setState] = useState<{ docId: string; state: AnnotationChunkState } | null>(null);
  useEffect(() => {
    let current = true;
    void loadAnnotationData().then((all) => {
      if (current) setState({ docId, state: { loaded: true, data: all[docId] ?? null } });
    });
    return () => {
      current = false;
    };
  }, [docId]);
  return state?.docId === docId ? state.state : NOT_LOADED;
}

/** The annotation data of a document: empty until the chunk has loaded, then the real data. */
export function useAnnotationData(docId: string): DocumentAnnotationData {
  const chunk = useAnnotationChunk(docId);
  return (chunk.loaded && chunk.data) || EMPTY_ANNOTATION_DATA;
}
