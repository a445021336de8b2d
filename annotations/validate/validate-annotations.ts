/**
 * Every check on a document's annotation layers: reading and parsing errors, the W3C WG's schema
 * assertions, JSON-LD expansion, ids, links, anchoring, glossary coverage. Node only (schemas on disk).
 */
import type { Document } from '../../corpus/model/document';
import { checkCoverage } from '../glossary/coverage';
import type { LoadedAnnotations } from '../load/load-annotations';
import type { AnnotationError } from '../model/errors';
import { checkJsonLd } from './check-json-ld';
import { checkAnchors, checkIds, checkLinks } from './check-references';
import { checkSchemas } from './check-schemas';

/** All problems, in a stable order: per file (schema, JSON-LD), then across layers. */
export async function validateAnnotations(
  document: Document,
  loaded: LoadedAnnotations,
): Promise<AnnotationError[]> {
  const errors = [...loaded.errors];
  for (const { file, json } of loaded.files) {
    if (json === null) continue;
    errors.push(...checkSchemas(file, json), ...(await checkJsonLd(file, json)));
  }
  errors.push(...checkIds(loaded), ...checkLinks(loaded), ...checkAnchors(loaded));
  const terms = loaded.annotations.filter((a) => a.annotation.layer === 'term');
  if (loaded.glossaryFile !== null || terms.length > 0) {
    errors.push(
      ...checkCoverage({
        document,
        glossary: loaded.glossary,
        glossaryFile: loaded.glossaryFile ?? `${loaded.folder}/glossary.json`,
        termFile: terms[0]?.file ?? `${loaded.folder}/term.jsonld`,
        terms,
      }),
    );
  }
  return errors;
}
