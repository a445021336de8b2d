/** A layer file (a W3C AnnotationPage as JSON text) → its annotations and errors. Never throws. */
import type { Layer, TriglotAnnotation } from '../model/annotation';
import type { AnnotationError } from '../model/errors';
import { hasType, isRecord, show } from './json';
import { parseAnnotation } from './parse-annotation';

export interface LayerFile {
  /** Where the file is (for messages): `annotations/nguyen-2020/claim.jsonld`. */
  file: string;
  docId: string;
  layer: Layer;
  text: string;
}

export interface ParsedLayerFile {
  /** The parsed JSON (null when the text is not JSON): what schema validation looks at. */
  json: unknown;
  annotations: TriglotAnnotation[];
  /** One error per malformed annotation, plus file-level errors (annotationId null). */
  errors: AnnotationError[];
}

/** Parses a layer file: every well-formed annotation loads, every malformed one is an error. */
export function parseLayerFile(input: LayerFile): ParsedLayerFile {
  const fileError = (message: string): ParsedLayerFile => ({
    json: null,
    annotations: [],
    errors: [{ file: input.file, annotationId: null, code: 'malformed-file', message }],
  });
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (error) {
    return fileError(`not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(json) || !hasType(json, 'AnnotationPage')) {
    return {
      ...fileError(`not a W3C AnnotationPage (type ${show(isRecord(json) ? json.type : json)})`),
      json,
    };
  }
  if (!Array.isArray(json.items)) {
    return { ...fileError(`the page has no "items" array (${show(json.items)})`), json };
  }
  const annotations: TriglotAnnotation[] = [];
  const errors: AnnotationError[] = [];
  json.items.forEach((item, index) => {
    const result = parseAnnotation(item, {
      file: input.file,
      docId: input.docId,
      layer: input.layer,
      index,
    });
    if (result.ok) annotations.push(result.annotation);
    else errors.push(result.error);
  });
  return { json, annotations, errors };
}
