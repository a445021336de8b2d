/** One W3C Web Annotation (JSON-LD, as stored) → the internal model, or an error value. Never throws. */
import type { Layer, TriglotAnnotation } from '../model/annotation';
import type { AnnotationError } from '../model/errors';
import { annotationFrom, layerOf } from './parse-bodies';
import { parseTarget } from './parse-target';
import { Invalid, hasType, isRecord, show } from './json';

export type ParseResult =
  { ok: true; annotation: TriglotAnnotation } | { ok: false; error: AnnotationError };

export interface ParseContext {
  /** The file the annotation comes from, for the error message. */
  file: string;
  docId: string;
  /** The layer of the file (`claim.jsonld` → `claim`): an annotation of another layer is an error. */
  layer?: Layer;
  /** The annotation's index in the page, to name an annotation without an id. */
  index?: number;
}

/** Parses one annotation; a malformed one becomes an error naming the file, its id and the problem. */
export function parseAnnotation(item: unknown, context: ParseContext): ParseResult {
  const fallbackId = `items[${context.index ?? 0}]`;
  const id = isRecord(item) && typeof item.id === 'string' && item.id.length > 0 ? item.id : null;
  try {
    if (!isRecord(item))
      throw new Invalid('wrong-type', `an annotation must be an object, not ${show(item)}`);
    if (id === null) throw new Invalid('missing-id', `the annotation has no id (${show(item.id)})`);
    if (!hasType(item, 'Annotation')) {
      throw new Invalid('wrong-type', `type is ${show(item.type)}, not "Annotation"`);
    }
    const { layer, bodies } = layerOf(item.body);
    if (context.layer && layer !== context.layer) {
      throw new Invalid(
        'wrong-layer-file',
        `a ${layer} annotation in the ${context.layer} layer file`,
      );
    }
    const target = parseTarget(item.target, context.docId);
    return { ok: true, annotation: annotationFrom(context.docId, id, layer, bodies, target) };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return {
      ok: false,
      error: {
        file: context.file,
        annotationId: id ?? fallbackId,
        code: error.code,
        message: error.message,
      },
    };
  }
}
