/**
 * Highwire Press `citation_*` meta tags for the article, the page metadata Google Scholar and
 * Zotero's "Embedded Metadata" import read. Like the CSL-JSON record they describe the article as
 * printed: the Chinese title and the Chinese byline.
 */
import type { DocumentMetadata } from '../../corpus/model/document';
// `.js` extension: vite.config.ts loads this file (see highwire-vite-plugin.ts).
import { readArticleRecord } from './article-record.js';

export interface MetaTag {
  name: string;
  content: string;
}

/** The article's `citation_*` tags, in the order Google Scholar documents them. */
export function buildHighwireTags(metadata: DocumentMetadata): MetaTag[] {
  const result = readArticleRecord(metadata);
  if (!result.ok) throw new Error(`cannot build citation meta tags: ${result.error}`);
  const r = result.record;
  const tags: MetaTag[] = [{ name: 'citation_title', content: r.title }];
  for (const name of r.authors)
    tags.push({ name: 'citation_author', content: `${name.family}${name.given}` });
  const date = r.month ? `${r.year}/${String(r.month).padStart(2, '0')}` : String(r.year);
  tags.push(
    { name: 'citation_publication_date', content: date },
    { name: 'citation_journal_title', content: r.containerTitle },
  );
  if (r.volume) tags.push({ name: 'citation_volume', content: r.volume });
  if (r.issue) tags.push({ name: 'citation_issue', content: r.issue });
  if (r.firstPage) tags.push({ name: 'citation_firstpage', content: String(r.firstPage) });
  if (r.lastPage) tags.push({ name: 'citation_lastpage', content: String(r.lastPage) });
  if (r.publisher) tags.push({ name: 'citation_publisher', content: r.publisher });
  if (r.language) tags.push({ name: 'citation_language', content: r.language });
  for (const keyword of r.keywords) tags.push({ name: 'citation_keywords', content: keyword });
  return tags;
}

/** The tags as HTML, attribute values escaped, one `<meta>` per line. */
export function renderMetaTags(tags: readonly MetaTag[]): string {
  return tags
    .map(
      ({ name, content }) =>
        `<meta name="${escapeAttribute(name)}" content="${escapeAttribute(content)}">`,
    )
    .join('\n');
}

function escapeAttribute(value: string): string {
  return value.replace(
    /[&<>"]/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}
