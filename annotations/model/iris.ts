/** The IRIs Triglot mints: documents, layers and vocabulary terms, annotations, glossary entries. */
import type { Layer } from './annotation';

/** Vocabulary of layers, claim roles, evidence types and confidence levels. */
export const VOCAB = 'urn:triglot:vocab#';
/** The project itself, credited as creator of everything it writes (paraphrases, notes). */
export const PROJECT_AGENT = {
  id: 'urn:triglot:project',
  type: 'Organization',
  name: 'Triglot editors',
} as const;

export const documentIri = (docId: string) => `urn:triglot:doc:${docId}`;
export const annotationIri = (docId: string, layer: Layer, local: string) =>
  `urn:triglot:anno:${docId}:${layer}:${local}`;
/** The page holding every layer of a document (`export w3c`). */
export const annotationPageIri = (docId: string) => `urn:triglot:annotations:${docId}`;
export const glossaryIri = (docId: string, termId: string) =>
  `urn:triglot:glossary:${docId}#${termId}`;
export const vietnameseItemIri = (docId: string, itemId: string) =>
  `urn:triglot:vietnamese:${docId}#${itemId}`;
export const vocabIri = (term: string) => `${VOCAB}${term}`;
