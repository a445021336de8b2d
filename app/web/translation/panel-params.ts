/** Panel ids and the URL parameters the translation panels own (`?panel=vietnamese&vitem=…`). */
export const VIETNAMESE_PANEL = 'vietnamese';
export const NOTES_PANEL = 'notes';
/** The Vietnamese item a reader opened (its details open and scrolled to). */
export const ITEM_PARAM = 'vitem';
/** The Vietnamese panel's text filter and kind filter. */
export const FILTER_PARAM = 'vfilter';
export const KIND_PARAM = 'vkind';
/** The editorial note a reader opened, by the local part of its id (`hoang-sa`). */
export const NOTE_PARAM = 'note';
/** The notes panel's confidence filter. */
export const CONFIDENCE_PARAM = 'nconf';

/** The local part of an annotation id (`urn:triglot:anno:doc:layer:hoang-sa` → `hoang-sa`). */
export function localId(annotationId: string): string {
  return annotationId.slice(annotationId.lastIndexOf(':') + 1);
}
