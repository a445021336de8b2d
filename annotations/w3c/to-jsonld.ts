/** Internal annotations → W3C Web Annotation JSON-LD (the stored and exported wire format). */
import type { TriglotAnnotation } from '../model/annotation';
import {
  PROJECT_AGENT,
  documentIri,
  glossaryIri,
  vietnameseItemIri,
  vocabIri,
} from '../model/iris';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

const classifying = (term: string): JsonObject => ({
  type: 'SpecificResource',
  purpose: 'classifying',
  source: vocabIri(term),
});
const linking = (source: string): JsonObject => ({
  type: 'SpecificResource',
  purpose: 'linking',
  source,
});
const projectText = (purpose: string, value: string): JsonObject => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  language: 'en',
  creator: { ...PROJECT_AGENT },
});

/** The bodies of an annotation: its layer first, then what the layer carries. */
function bodiesOf(docId: string, annotation: TriglotAnnotation): JsonObject[] {
  const layer = classifying(annotation.layer);
  switch (annotation.layer) {
    case 'claim':
      return [
        layer,
        classifying(annotation.role),
        projectText('describing', annotation.paraphrase),
      ];
    case 'evidence':
      return [
        layer,
        classifying(annotation.evidenceType),
        ...annotation.supports.map(linking),
        ...(annotation.note ? [projectText('commenting', annotation.note)] : []),
      ];
    case 'term':
      return [layer, linking(glossaryIri(docId, annotation.termId))];
    case 'vietnamese':
      return [layer, linking(vietnameseItemIri(docId, annotation.itemId))];
    case 'editorial':
      return [
        layer,
        classifying(`confidence-${annotation.confidence}`),
        projectText('editing', annotation.correction),
        projectText('commenting', annotation.note),
        ...annotation.sources.map(linking),
      ];
  }
}

const MOTIVATION: Record<TriglotAnnotation['layer'], string> = {
  claim: 'describing',
  evidence: 'linking',
  term: 'identifying',
  vietnamese: 'identifying',
  editorial: 'editing',
};

/** One annotation as W3C JSON-LD (without `@context`, which the page or file carries). */
export function toJsonLd(docId: string, annotation: TriglotAnnotation): JsonObject {
  const { blockId, quote, position } = annotation.target;
  const fragment = (refinedBy: JsonObject): JsonObject => ({
    type: 'FragmentSelector',
    conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
    value: blockId,
    refinedBy,
  });
  return {
    id: annotation.id,
    type: 'Annotation',
    motivation: MOTIVATION[annotation.layer],
    body: bodiesOf(docId, annotation),
    target: {
      source: documentIri(docId),
      selector: [
        fragment({
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        }),
        fragment({ type: 'TextPositionSelector', start: position.start, end: position.end }),
      ],
    },
  };
}

/** A layer file: a W3C AnnotationCollection holding one AnnotationPage of the layer's annotations. */
export function toLayerFile(
  docId: string,
  layer: string,
  annotations: TriglotAnnotation[],
): JsonObject {
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:triglot:layer:${docId}:${layer}`,
    type: 'AnnotationPage',
    items: annotations.map((a) => toJsonLd(docId, a)),
  };
}
