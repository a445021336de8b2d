/**
 * Loading a document's annotation layers from their file contents (no I/O here, so the browser
 * can use it with bundled files): parse every layer file, parse the glossary, anchor everything.
 */
import type { Document } from '../../corpus/model/document';
import { anchor } from '../anchoring/anchor';
import { parseGlossary } from '../glossary/parse-glossary';
import type { Layer, TriglotAnnotation } from '../model/annotation';
import type { AnchorResult } from '../model/anchor';
import type { AnnotationError } from '../model/errors';
import type { Glossary } from '../model/glossary';
import { parseLayerFile } from '../w3c/parse-layer-file';

export interface LayerSource {
  file: string;
  layer: Layer;
  text: string;
}

export interface AnnotationSources {
  docId: string;
  /** The document's annotation folder as shown in messages (`annotations/nguyen-2020`). */
  folder: string;
  /** The layer files that exist (an absent layer is an empty layer). */
  layers: LayerSource[];
  glossary: { file: string; text: string } | null;
  /** Problems found while reading (unreadable files, files named after no layer). */
  errors: AnnotationError[];
}

/** An annotation with the file it came from and where it lands (or why it is an orphan). */
export interface LoadedAnnotation {
  annotation: TriglotAnnotation;
  file: string;
  anchor: AnchorResult;
}

export interface LoadedAnnotations {
  docId: string;
  /** The document's annotation folder as shown in messages. */
  folder: string;
  /** Every well-formed annotation, orphans included, in file order. */
  annotations: LoadedAnnotation[];
  glossary: Glossary;
  /** The glossary file, when there is one (for messages). */
  glossaryFile: string | null;
  /** The parsed JSON of each layer file, for schema validation. */
  files: { file: string; layer: Layer; json: unknown }[];
  /** Reading and parsing errors: each names the file, the annotation and the problem. */
  errors: AnnotationError[];
}

/** Parses and anchors a document's annotation sources. Never throws. */
export function loadAnnotationSources(
  document: Document,
  sources: AnnotationSources,
): LoadedAnnotations {
  const errors = [...sources.errors];
  const annotations: LoadedAnnotation[] = [];
  const files: LoadedAnnotations['files'] = [];
  for (const source of sources.layers) {
    const parsed = parseLayerFile({ ...source, docId: sources.docId });
    errors.push(...parsed.errors);
    files.push({ file: source.file, layer: source.layer, json: parsed.json });
    for (const annotation of parsed.annotations) {
      annotations.push({
        annotation,
        file: source.file,
        anchor: anchor(document, annotation.target),
      });
    }
  }
  let glossary: Glossary = { terms: [], exclusions: [] };
  if (sources.glossary) {
    const parsed = parseGlossary(sources.glossary.file, sources.glossary.text);
    glossary = parsed.glossary;
    errors.push(...parsed.errors);
  }
  return {
    docId: sources.docId,
    folder: sources.folder,
    annotations,
    glossary,
    glossaryFile: sources.glossary?.file ?? null,
    files,
    errors,
  };
}
