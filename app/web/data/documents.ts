/** Every document of the corpus, built at bundle time by the same pipeline the command line uses. */
import documents from 'virtual:triglot/documents';
import type { Document } from '../../../corpus/model/document';

export const allDocuments: readonly Document[] = documents;

/** The document with this id, if the corpus has it. */
export function findDocument(id: string | null | undefined): Document | undefined {
  return documents.find((d) => d.id === id);
}
