/**
 * A Vite plugin that writes the article's Highwire `citation_*` meta tags into index.html, so a
 * static build already carries them when Zotero or a crawler reads the page.
 *
 * vite.config.ts loads this file, so its relative imports carry an extension (`.js`, resolved to
 * the `.ts` source), as Vite's coming native config loader requires.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseMetadata } from '../../corpus/pipeline/metadata.js';
import { buildHighwireTags } from './highwire.js';

const CORPUS_DIR = new URL('../../corpus/', import.meta.url).pathname;

/**
 * Injects the tags of `docId`, or of the corpus's only document. A page describes one article:
 * with several documents and no `docId`, no tags are written (and the build says so).
 */
export function highwireMetaTags(docId?: string): Plugin {
  return {
    name: 'triglot-highwire-meta-tags',
    transformIndexHtml() {
      const ids = documentIds();
      const id = docId ?? (ids.length === 1 ? ids[0] : undefined);
      if (!id) {
        console.warn(`triglot: citation meta tags not written: ${ids.length} documents, no docId`);
        return [];
      }
      const file = `${CORPUS_DIR}${id}/metadata.json`;
      const parsed = parseMetadata(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
      if (!parsed.metadata) {
        throw new Error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
      }
      return buildHighwireTags(parsed.metadata).map(({ name, content }) => ({
        tag: 'meta',
        attrs: { name, content },
        injectTo: 'head' as const,
      }));
    },
  };
}

// The document folders (those holding a source.txt), as corpus/load/node-loader.ts lists them.
function documentIds(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${CORPUS_DIR}${entry.name}/source.txt`))
    .map((entry) => entry.name)
    .sort();
}
