/** The article as a CSL-JSON record: the document's metadata item, unchanged, in a one-item array. */
import type { Document } from '../../corpus/model/document';

/**
 * CSL-JSON (an array of items, as the schema defines it). The record describes the article as
 * printed — Chinese title, author 阮功松 — with the English forms in `custom`; it is not edited
 * to suit any one style.
 */
export function exportCslJson(document: Document): string {
  return JSON.stringify([document.metadata.csl], null, 2);
}
