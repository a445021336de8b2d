/** The real article rebuilt from each perturbed copy of its source (tests/helpers/perturbations.ts). */
import { readFileSync } from 'node:fs';
import type { Document } from '../../corpus/model/document';
import { buildDocument } from '../../corpus/pipeline/build-document';
import type { Problem } from '../../corpus/pipeline/problems';
import { perturbations, quotedByHints } from './perturbations';
import type { Perturbation } from './perturbations';
import { DOC_ID } from './real-document';

const DIR = new URL(`../../corpus/${DOC_ID}/`, import.meta.url).pathname;
const read = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');

export interface PerturbedDocument {
  perturbation: Perturbation;
  document: Document | null;
  problems: Problem[];
}

/** Every perturbation of the real source, listed without building (for `it.each`). */
export function realPerturbations(): Perturbation[] {
  return perturbations(read('source.txt'), quotedByHints(JSON.parse(read('layout.json'))));
}

/** Builds the document from a perturbed source with the real layout hints and metadata. */
export function buildPerturbed(perturbation: Perturbation): PerturbedDocument {
  const { document, problems } = buildDocument({
    id: DOC_ID,
    source: perturbation.source,
    layout: JSON.parse(read('layout.json')),
    metadata: JSON.parse(read('metadata.json')),
    files: { source: 'source.txt', layout: 'layout.json', metadata: 'metadata.json' },
  });
  return { perturbation, document, problems };
}
