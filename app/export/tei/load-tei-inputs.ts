/** Reads what the TEI export needs from disk: the layer files and the glossary of a document. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LAYERS } from '../../../annotations/model/annotation';
import type { Document } from '../../../corpus/model/document';
import { findSimpleCitations } from './citations';
import { readLayer } from './read-layer';
import { TeiInputError } from './tei-input-error';
import type { GlossaryTerm, LayerAnnotations, TeiInputs } from './tei-inputs';

/** The annotations folder; `TRIGLOT_ANNOTATIONS_DIR` points the export at another copy. */
export const ANNOTATIONS_DIR =
  process.env.TRIGLOT_ANNOTATIONS_DIR ?? new URL('../../../annotations/', import.meta.url).pathname;

function readJson(path: string): unknown {
  const display = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TeiInputError(
      display,
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TeiInputError(display, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The inputs for `document`: every layer whose file exists (a missing file is a layer not yet
 * written, not an error) and the glossary. A malformed file or annotation stops the export with
 * every problem listed: an edition silently missing annotations would be worse.
 */
export function loadTeiInputs(document: Document, annotationsDir = ANNOTATIONS_DIR): TeiInputs {
  const folder = join(annotationsDir, document.id);
  const layers: Record<string, unknown[]> = {};
  const problems: string[] = [];
  for (const layer of LAYERS) {
    const path = join(folder, `${layer}.jsonld`);
    if (!existsSync(path)) continue;
    const result = readLayer(relative(process.cwd(), path) || path, layer, readJson(path));
    problems.push(...result.problems.map((p) => `${p.where}: ${p.message}`));
    layers[layer] = result.annotations;
  }
  if (problems.length > 0)
    throw new TeiInputError(folder, `malformed annotations:\n${problems.join('\n')}`);
  const glossaryPath = join(folder, 'glossary.json');
  return {
    document,
    // readLayer checked each annotation against its file's layer.
    layers: layers as LayerAnnotations,
    glossary: existsSync(glossaryPath) ? readGlossary(glossaryPath) : null,
    vietnameseItems: [],
    alignment: null,
    findCitations: findSimpleCitations,
  };
}

function readGlossary(path: string): GlossaryTerm[] {
  const json = readJson(path) as { terms?: unknown };
  const terms = Array.isArray(json?.terms) ? (json.terms as GlossaryTerm[]) : null;
  const bad = terms?.findIndex(
    (t) =>
      typeof t?.id !== 'string' ||
      !Array.isArray(t.zh) ||
      typeof t.en !== 'string' ||
      typeof t.definition !== 'string',
  );
  if (!terms || (bad !== undefined && bad >= 0)) {
    throw new TeiInputError(
      relative(process.cwd(), path) || path,
      terms ? `terms[${bad}] lacks id, zh, en or definition` : 'no `terms` array',
    );
  }
  return terms;
}
