/**
 * Every document of the corpus, built in the browser from its raw source by the same pipeline
 * the command line uses. Vite bundles the data files; nothing is fetched at run time.
 */
import { buildDocument } from '../../../corpus/pipeline/build-document';
import type { BuildResult } from '../../../corpus/pipeline/build-document';

const sources = import.meta.glob<string>('../../../corpus/*/source.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const layouts = import.meta.glob<unknown>('../../../corpus/*/layout.json', {
  import: 'default',
  eager: true,
});
const metadata = import.meta.glob<unknown>('../../../corpus/*/metadata.json', {
  import: 'default',
  eager: true,
});

const folderOf = (path: string) => path.split('/').at(-2) ?? path;

/** Ids of the documents bundled with the reader. */
export const documentIds: string[] = Object.keys(sources).map(folderOf).sort();

const cache = new Map<string, BuildResult>();

/** Builds (once) and returns a bundled document. */
export function getDocument(id: string): BuildResult {
  const cached = cache.get(id);
  if (cached) return cached;
  const dir = `../../../corpus/${id}`;
  const result = buildDocument({
    id,
    source: sources[`${dir}/source.txt`] ?? '',
    layout: layouts[`${dir}/layout.json`],
    metadata: metadata[`${dir}/metadata.json`],
    files: {
      source: `corpus/${id}/source.txt`,
      layout: `corpus/${id}/layout.json`,
      metadata: `corpus/${id}/metadata.json`,
    },
  });
  cache.set(id, result);
  return result;
}
