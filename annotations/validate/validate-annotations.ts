/**
 * Every check on a document's annotation layers: reading and parsing errors, the W3C WG's schema
 * assertions, JSON-LD expansion, ids, links, anchoring, glossary coverage and, when the document
 * has Vietnamese items, the Vietnamese layer's coverage and the editorial sources. Node only
 * (schemas on disk).
 */
import type { Document } from '../../corpus/model/document';
import type { VietnameseData } from '../../corpus/validate/check-translation-data';
import { checkEditorialSources } from '../editorial/check-layer';
import { checkCoverage } from '../glossary/coverage';
import type { LoadedAnnotations } from '../load/load-annotations';
import type { Layer } from '../model/annotation';
import type { AnnotationError } from '../model/errors';
import { checkVietnameseLayer } from '../vietnamese/check-layer';
import { checkJsonLd } from './check-json-ld';
import { checkAnchors, checkIds, checkLinks } from './check-references';
import { checkSchemas } from './check-schemas';

/**
 * All problems, in a stable order: per file (schema, JSON-LD), then across layers. `vietnamese` is
 * what the corpus holds of the document's Vietnamese items: the layer is checked against them, and
 * a Vietnamese annotation of a document without items links nowhere.
 */
export async function validateAnnotations(
  document: Document,
  loaded: LoadedAnnotations,
  vietnamese: VietnameseData,
): Promise<AnnotationError[]> {
  const errors = [...loaded.errors];
  for (const { file, json } of loaded.files) {
    if (json === null) continue;
    errors.push(...checkSchemas(file, json), ...(await checkJsonLd(file, json)));
  }
  errors.push(...checkIds(loaded), ...checkLinks(loaded), ...checkAnchors(document, loaded));
  const layerFile = (layer: Layer) =>
    loaded.files.find((f) => f.layer === layer)?.file ?? `${loaded.folder}/${layer}.jsonld`;
  const present = (layer: Layer) => loaded.files.some((f) => f.layer === layer);
  const ofLayer = (layer: Layer) => loaded.annotations.filter((a) => a.annotation.layer === layer);
  const terms = ofLayer('term');
  if (loaded.glossaryFile !== null || terms.length > 0) {
    errors.push(
      ...checkCoverage({
        document,
        glossary: loaded.glossary,
        glossaryFile: loaded.glossaryFile ?? `${loaded.folder}/glossary.json`,
        termFile: layerFile('term'),
        termLayerPresent: present('term'),
        terms,
      }),
    );
  }
  const tagged = ofLayer('vietnamese');
  if (vietnamese.kind === 'items') {
    errors.push(
      ...checkVietnameseLayer({
        document,
        items: vietnamese.items,
        itemsFile: vietnamese.file,
        layerFile: layerFile('vietnamese'),
        layerPresent: present('vietnamese'),
        annotations: tagged,
      }),
    );
    if (vietnamese.research)
      errors.push(...checkEditorialSources(ofLayer('editorial'), vietnamese.research));
  } else if (vietnamese.kind === 'none') {
    for (const { annotation, file } of tagged) {
      errors.push({
        file,
        annotationId: annotation.id,
        code: 'dangling-link',
        message: `links to a Vietnamese item, but ${document.id} has no Vietnamese items (corpus/${document.id}/vietnamese.json)`,
      });
    }
  }
  return errors;
}
