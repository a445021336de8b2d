/** Every layer of a document as one W3C AnnotationPage (`npm run cli -- export w3c`). */
import type { LoadedAnnotations } from '../load/load-annotations';
import { annotationPageIri } from '../model/iris';
import { ANNO_CONTEXT, toJsonLd } from '../w3c/to-jsonld';
import type { JsonObject } from '../w3c/to-jsonld';

/**
 * The page: each annotation re-serialised from the internal model (so the export is exactly the
 * stored format, whatever extra keys a file carried), orphans included — a W3C consumer may place
 * what Triglot cannot, and nothing is dropped.
 */
export function toAnnotationPage(loaded: LoadedAnnotations): JsonObject {
  return {
    '@context': ANNO_CONTEXT,
    id: annotationPageIri(loaded.docId),
    type: 'AnnotationPage',
    items: loaded.annotations.map(({ annotation }) => toJsonLd(loaded.docId, annotation)),
  };
}
