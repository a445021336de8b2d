/** Fills a citation table with citeproc-js (Node, at build time): every locator, every style. */
import type { Document } from '../../corpus/model/document';
import { readArticleRecord } from './article-record';
import type { CitationTable } from './citation-table';
import type { CitationStyle, CslResources } from './csl-resources';
import { CITATION_STYLES } from './csl-resources';
import { passageLocators } from './passage-citation';
import { renderArticleCitation } from './render-article-citation';

/** Renders the article's citation for every page locator of `document`; throws on bad metadata. */
export function renderCitationTable(document: Document, resources: CslResources): CitationTable {
  const record = readArticleRecord(document.metadata);
  if (!record.ok) throw new Error(`metadata of "${document.id}": ${record.error}`);
  const references = {} as Record<CitationStyle, string>;
  const inText = {} as Record<CitationStyle, Record<string, string>>;
  for (const style of CITATION_STYLES) {
    inText[style] = {};
    for (const locator of passageLocators(document)) {
      const rendered = renderArticleCitation(record.record, style, locator, resources);
      // The table keeps one reference per style: a style whose entry changed with the page
      // would be silently wrong, so say so instead.
      if (references[style] !== undefined && references[style] !== rendered.reference)
        throw new Error(`${style}: the reference entry of "${document.id}" varies with the page`);
      references[style] = rendered.reference;
      inText[style][locator] = rendered.inText;
    }
  }
  return { references, inText };
}
