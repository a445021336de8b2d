/** `export w3c`: every annotation layer of the document as one W3C AnnotationPage (JSON-LD). */
import { toAnnotationPage } from '../../annotations/export/annotation-page';
import type { Document } from '../../corpus/model/document';
import { requireAnnotations } from '../../annotations/load/require-annotations';

/** Registered in registry.ts as `w3c`. */
export const w3cExport = {
  description: 'the annotation layers as one W3C Web Annotation AnnotationPage (JSON-LD)',
  run: (document: Document) =>
    JSON.stringify(toAnnotationPage(requireAnnotations(document)), null, 2),
};
