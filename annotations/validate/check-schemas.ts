/** A layer file against the W3C WG's assertions: the page as a page, each item as an annotation. */
import type { AnnotationError } from '../model/errors';
import { isRecord } from '../w3c/json';
import { checkSuite } from './wg-assertions';

/**
 * The WG's "must" assertions on the AnnotationPage and on each of its items. An item inherits the
 * page's `@context` (JSON-LD scoping), so it is checked with that context, as if it stood alone.
 */
export function checkSchemas(file: string, json: unknown): AnnotationError[] {
  const errors: AnnotationError[] = [];
  const report = (annotationId: string | null, failures: ReturnType<typeof checkSuite>) => {
    for (const failure of failures) {
      errors.push({
        file,
        annotationId,
        code: 'w3c-schema',
        message: `${failure.message} (W3C assertion ${failure.assertion})`,
      });
    }
  };
  report(null, checkSuite('page', json));
  if (!isRecord(json) || !Array.isArray(json.items)) return errors;
  json.items.forEach((item, index) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : `items[${index}]`;
    const alone =
      isRecord(item) && !('@context' in item) ? { '@context': json['@context'], ...item } : item;
    report(id, checkSuite('annotation', alone));
  });
  return errors;
}
