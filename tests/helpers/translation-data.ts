/** The real alignment, Vietnamese items and layers, loaded once; fresh deep copies for damaging. */
import { readFileSync } from 'node:fs';
import type { Alignment } from '../../corpus/alignment/alignment-types';
import { loadAlignment, loadVietnameseItems } from '../../corpus/load/translation-data';
import type { VietnameseItems } from '../../corpus/vietnamese/item-types';
import { annotationPath } from '../../annotations/layer-check/layer-files';
import { readLayerFile, type ReadAnnotation } from '../../annotations/layer-check/read-layer';
import { DOC_ID } from './real-document';

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

/** The raw JSON of a stored layer file (for damaging) and its annotations as read. */
export function realLayerJson(layer: string): { json: Record<string, unknown>; file: string } {
  const file = annotationPath(DOC_ID, `${layer}.jsonld`);
  return { json: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, file };
}

export function readLayer(json: unknown): ReadAnnotation[] {
  const { annotations, problems } = readLayerFile(json, 'layer');
  if (problems.length) throw new Error(`layer: ${JSON.stringify(problems)}`);
  return annotations;
}
