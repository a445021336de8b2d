/**
 * "Cite this passage": from a block, or a selection in it, the article's citation with the print
 * page (or pages, when the passage crosses a page break) and a permalink, in Chicago author-date
 * and APA 7, each with the caveat when what is cited was written by the project. The strings are
 * rendered here by citeproc-js; `passage-citation.ts` holds everything else.
 */
import { readArticleRecord } from './article-record';
import type { CslResources } from './csl-resources';
import { resolvePassage, styleResolvedPassage } from './passage-citation';
import type { PassageCitation, PassageRequest } from './passage-citation';
import { renderArticleCitation } from './render-article-citation';

export type { PassageCitation, PassageRequest, StyledPassageCitation } from './passage-citation';

/** Cites a passage of the article, or says what is wrong with the request. */
export function citePassage(
  request: PassageRequest,
  resources: CslResources,
): { ok: true; citation: PassageCitation } | { ok: false; error: string } {
  const resolved = resolvePassage(request);
  if (!resolved.ok) return resolved;
  const record = readArticleRecord(request.document.metadata);
  if (!record.ok)
    return { ok: false, error: `metadata of "${request.document.id}": ${record.error}` };
  return {
    ok: true,
    citation: styleResolvedPassage(resolved.passage, (style, locator) =>
      renderArticleCitation(record.record, style, locator, resources),
    ),
  };
}
