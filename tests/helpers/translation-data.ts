/** The real alignment, Vietnamese items and layers, loaded once; fresh deep copies for damaging. */
import { readFileSync } from 'node:fs';
import type { Alignment } from '../../corpus/alignment/alignment-types';
import { loadAlignment, loadVietnameseItems } from '../../corpus/load/translation-data';
import type { VietnameseItems } from '../../corpus/vietnamese/item-types';
import type { VietnameseData } from '../../corpus/validate/check-translation-data';
import { loadAnnotationSources } from '../../annotations/load/load-annotations';
import type { LoadedAnnotations } from '../../annotations/load/load-annotations';
import { annotationFilePath } from '../../annotations/load/node-loader';
import type { Layer } from '../../annotations/model/annotation';
import type { AnnotationError } from '../../annotations/model/errors';
import { validateAnnotations } from '../../annotations/validate/validate-annotations';
import { DOC_ID, realDocument } from './real-document';

export const RESEARCH_PATH = new URL(
  `../../corpus/${DOC_ID}/research/vietnamese-sources.md`,
  import.meta.url,
).pathname;

/** The research file's text, read directly (not through the code under test). */
export const researchText = () => readFileSync(RESEARCH_PATH, 'utf8');

export function realAlignment(): Alignment {
  const { alignment, problems } = loadAlignment(DOC_ID);
  if (!alignment || problems.length) throw new Error(`alignment: ${JSON.stringify(problems)}`);
  return structuredClone(alignment);
}

export function realItems(): VietnameseItems {
  const { items, problems } = loadVietnameseItems(DOC_ID);
  if (!items || problems.length) throw new Error(`items: ${JSON.stringify(problems)}`);
  return structuredClone(items);
}

/** The Vietnamese items of the corpus as `validate` hands them to the annotation checks. */
export function realVietnamese(items = realItems()): VietnameseData {
  return {
    kind: 'items',
    items,
    file: `corpus/${DOC_ID}/vietnamese.json`,
    research: { file: 'vietnamese-sources.md', text: researchText() },
  };
}

/** The raw JSON of a stored layer file (for damaging) and its path. */
export function realLayerJson(layer: Layer): { json: Record<string, unknown>; file: string } {
  const file = annotationFilePath(DOC_ID, `${layer}.jsonld`);
  return { json: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, file };
}

/** Layer files given as JSON values, parsed and anchored by the shared loader (no glossary). */
export function loadLayers(layers: Partial<Record<Layer, unknown>>): LoadedAnnotations {
  return loadAnnotationSources(realDocument(), {
    docId: DOC_ID,
    folder: `annotations/${DOC_ID}`,
    layers: Object.entries(layers).map(([layer, json]) => ({
      file: `${layer}.jsonld`,
      layer: layer as Layer,
      text: JSON.stringify(json),
    })),
    glossary: null,
    errors: [],
  });
}

/** Every problem `validate` finds in these layer files, held to the real Vietnamese items. */
export async function validateLayers(
  layers: Partial<Record<Layer, unknown>>,
  items = realItems(),
): Promise<AnnotationError[]> {
  return validateAnnotations(realDocument(), loadLayers(layers), realVietnamese(items));
}
