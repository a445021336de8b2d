/**
 * The W3C format adapter (after recogito/annotorious' FormatAdapter): the only place where the
 * wire format meets the internal model. `parse` returns a result or an error, never throws.
 */
import type { TriglotAnnotation } from '../model/annotation';
import { parseAnnotation } from './parse-annotation';
import type { ParseContext, ParseResult } from './parse-annotation';
import { toJsonLd } from './to-jsonld';
import type { JsonObject } from './to-jsonld';

export interface FormatAdapter<Internal, Wire> {
  parse: (serialized: Wire) => ParseResult;
  serialize: (annotation: Internal) => Wire;
}

/** The adapter for one document's W3C Web Annotations (JSON-LD objects). */
export function w3cAdapter(context: ParseContext): FormatAdapter<TriglotAnnotation, unknown> {
  return {
    parse: (serialized) => parseAnnotation(serialized, context),
    serialize: (annotation): JsonObject => toJsonLd(context.docId, annotation),
  };
}
