/**
 * The article's citation strings rendered ahead of time: the reference entry of each style and the
 * in-text citation for every page locator a passage can have. The web reader ships this table
 * (filled by citeproc-js at build time, `render-citation-table.ts`) instead of citeproc-js itself,
 * which would add about 134 KB gzip and take seconds to compile the styles in the browser.
 */
import type { CitationStyle } from './csl-resources';
import type { ArticleCitationRenderer } from './passage-citation';

export interface CitationTable {
  /** The reference-list entry of the article, per style (it does not depend on the page). */
  references: Record<CitationStyle, string>;
  /** Style → page locator (`166`, `159-160`) → in-text citation (`(Nguyen 2020, 166)`). */
  inText: Record<CitationStyle, Record<string, string>>;
}

/** What the table lacks to cite pages `locator`, or null when every style has it. */
export function missingFromTable(table: CitationTable, locator: string): string | null {
  const missing = Object.entries(table.inText)
    .filter(([, byLocator]) => byLocator[locator] === undefined)
    .map(([style]) => style);
  return missing.length > 0
    ? `no rendered citation for pages ${locator} (${missing.join(', ')}): the citation table is stale`
    : null;
}

/** A renderer that reads the table (check `missingFromTable` first). */
export function tableRenderer(table: CitationTable): ArticleCitationRenderer {
  return (style, locator) => ({
    inText: table.inText[style][locator] ?? '',
    reference: table.references[style],
  });
}
