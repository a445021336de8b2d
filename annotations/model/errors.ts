/**
 * Errors found while reading or validating annotation data: each names the file, the annotation
 * (or glossary entry) and the problem, with a stable code a test or a script can rely on.
 */

export const ANNOTATION_ERROR_CODES = [
  /** The file cannot be read, is not JSON, or is not an AnnotationPage. */
  'malformed-file',
  /** An item or a value has the wrong JSON type (an object expected, a string, an integer…). */
  'wrong-type',
  /** The annotation has no id. */
  'missing-id',
  /** Two annotations share an id. */
  'duplicate-id',
  /** The id is not `urn:triglot:anno:<doc>:<layer>:<local>` for its document and layer. */
  'malformed-id',
  /** No classifying body names the layer. */
  'missing-layer',
  /** A classifying body names a layer Triglot does not have (or a file is named after one). */
  'unknown-layer',
  /** More than one classifying body names a layer. */
  'several-layers',
  /** The annotation's layer is not the layer of the file it is stored in. */
  'wrong-layer-file',
  /** A body the layer requires is missing or malformed (role, type, paraphrase, link…). */
  'malformed-body',
  /** The target is not the document, or has no selectors. */
  'malformed-target',
  /** The block, quote and position selectors are missing, malformed or disagree. */
  'malformed-selector',
  /** A link points nowhere: an unknown claim, glossary entry or annotation of the wrong layer. */
  'dangling-link',
  /** An editorial source (a URL) that the document's research file does not report. */
  'unsupported-source',
  /** The selectors cannot be placed in the document. */
  'orphan',
  /**
   * The selectors place the annotation only by quote or fuzzy match, or its stored context is no
   * longer the text around it: describe it again where it now is.
   */
  'stale-selectors',
  /** A W3C Web Annotation WG assertion (JSON Schema) rejects the file or the annotation. */
  'w3c-schema',
  /** JSON-LD expansion with the W3C context drops or rejects something (a misspelt property…). */
  'json-ld',
  /** The glossary file is malformed. */
  'malformed-glossary',
  /**
   * An occurrence of a glossary surface form or of a Vietnamese item's form is tagged twice,
   * wrongly, or not at all (or an item or exclusion names no occurrence).
   */
  'coverage',
] as const;

export type AnnotationErrorCode = (typeof ANNOTATION_ERROR_CODES)[number];

export interface AnnotationError {
  /** The file, relative to the working directory when it is on disk. */
  file: string;
  /** The annotation's id (`items[3]` when it has none), a glossary term or exclusion; null: the file. */
  annotationId: string | null;
  code: AnnotationErrorCode;
  message: string;
}

/** One line: `file: annotation id: problem [code]`. */
export function formatAnnotationError(error: AnnotationError): string {
  const subject = error.annotationId === null ? '' : `${error.annotationId}: `;
  return `${error.file}: ${subject}${error.message} [${error.code}]`;
}

/** An empty list of errors and the function that adds one to it (for the checkers). */
export function errorCollector(): {
  errors: AnnotationError[];
  fail: (
    file: string,
    annotationId: string | null,
    code: AnnotationErrorCode,
    message: string,
  ) => void;
} {
  const errors: AnnotationError[] = [];
  return {
    errors,
    fail: (file, annotationId, code, message) => errors.push({ file, annotationId, code, message }),
  };
}
