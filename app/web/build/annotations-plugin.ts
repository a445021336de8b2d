/**
 * Bundles every document's annotation layers (parsed and anchored at build time by the same code
 * `validate` runs), glossary, alignment and Vietnamese items as `virtual:triglot/annotations`.
 * Orphans and annotation errors are shipped too: the reader shows them, it never drops them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ANNOTATIONS_DIR, loadAnnotations } from '../../../annotations/load/node-loader';
import { CORPUS_DIR, listDocumentIds, loadDocument } from '../../../corpus/load/node-loader';
import { loadAlignment, loadVietnameseItems } from '../../../corpus/load/translation-data';
import type { DocumentAnnotationData } from '../data/annotation-data';

const VIRTUAL_ID = 'virtual:triglot/annotations';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function triglotAnnotations(): Plugin {
  return {
    name: 'triglot-annotations',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const data: Record<string, DocumentAnnotationData> = {};
      for (const docId of listDocumentIds()) {
        const { document } = loadDocument(docId);
        if (!document) continue;
        // Files, not folders: in dev (and Vitest) Vite resolves every watched path as an import.
        for (const file of layerFiles(docId)) this.addWatchFile(file);
        for (const name of ['alignment.json', 'vietnamese.json'])
          this.addWatchFile(`${CORPUS_DIR}${docId}/${name}`);
        const loaded = loadAnnotations(document);
        const alignment = loadAlignment(docId);
        const vietnamese = loadVietnameseItems(docId);
        data[docId] = {
          // The reader needs where each annotation lands, not the context the anchoring used.
          annotations: loaded.annotations.map(({ annotation, anchor }) => ({
            annotation: {
              ...annotation,
              target: {
                ...annotation.target,
                quote: { ...annotation.target.quote, prefix: '', suffix: '' },
              },
            },
            anchor,
          })),
          glossary: loaded.glossary,
          errors: loaded.errors,
          alignment: alignment.alignment,
          vietnamese: vietnamese.items,
        };
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

/** The annotation files of a document (layers and glossary) that exist. */
function layerFiles(docId: string): string[] {
  const dir = join(ANNOTATIONS_DIR, docId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonld') || name.endsWith('.json'))
    .map((name) => join(dir, name));
}
