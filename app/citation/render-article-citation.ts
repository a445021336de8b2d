/**
 * Renders the article's citation — the in-text form with a page locator and the reference-list
 * entry — in a vendored CSL style, with citeproc-js: nothing here is formatted by hand.
 */
import CSL from 'citeproc';
import type { ArticleRecord } from './article-record';
import type { CitationStyle, CslResources } from './csl-resources';
import { OUTPUT_LOCALE } from './csl-resources';

export interface RenderedCitation {
  /** `(Nguyen 2020, 166)`, `(Nguyen, 2020, pp. 165–166)`. */
  inText: string;
  /** The reference-list entry. */
  reference: string;
}

/** The citation of the article in `style`, citing `pages` (`166`, `165-166`) or the whole article. */
export function renderArticleCitation(
  record: ArticleRecord,
  style: CitationStyle,
  pages: string | null,
  resources: CslResources,
): RenderedCitation {
  const { engine, items } = engineFor(resources, style);
  const item = renderItem(record, style);
  // citeproc-js caches items by id, so the id carries the item's content: a changed record is a
  // new item, never a stale one.
  const id = JSON.stringify(item);
  items.set(id, { ...item, id });
  engine.updateItems([id]);
  const inText = engine.previewCitationCluster(
    {
      citationItems: [{ id, ...(pages ? { locator: pages, label: 'page' } : {}) }],
      properties: { noteIndex: 0 },
    },
    [],
    [],
    'text',
  );
  const bibliography = engine.makeBibliography();
  items.delete(id);
  const reference = bibliography ? (bibliography[1][0] ?? '') : '';
  return { inText: inText.trim(), reference: reference.trim() };
}

interface CachedEngine {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, Record<string, unknown>>;
}

// Building an engine parses the whole style (the better part of a second): one per style is kept.
const engines = new WeakMap<CslResources, Map<CitationStyle, CachedEngine>>();

function engineFor(resources: CslResources, style: CitationStyle): CachedEngine {
  let byStyle = engines.get(resources);
  if (!byStyle) engines.set(resources, (byStyle = new Map()));
  const cached = byStyle.get(style);
  if (cached) return cached;
  const items = new Map<string, Record<string, unknown>>();
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => resources.locales[lang] ?? resources.locales[OUTPUT_LOCALE] ?? '',
      retrieveItem: (id) => items.get(id),
    },
    resources.styles[style],
    OUTPUT_LOCALE,
    true,
  );
  // Multilingual names (citeproc-js's extension): the romanised form first, then the original.
  engine.setLangTagsForCslTransliteration(['en']);
  engine.setLangPrefsForCites({ persons: ['translit', 'orig'] });
  engine.setOutputFormat('text');
  const entry = { engine, items };
  byStyle.set(style, entry);
  return entry;
}

/**
 * The CSL item handed to the processor. Two conventions are applied as data, not as formatting:
 * the English title the article prints follows the Chinese one in brackets (CSL 1.0 has no
 * translated-title variable, so this is the usual way to carry it); and the author's name is given
 * for APA in its Latin form alone (APA romanises names) without the item's language, since
 * citeproc-js writes every name of a Chinese-language item in East Asian order ("Nguyen C. T.").
 * Chicago keeps the language and gets both forms (`Nguyen Cong Tung 阮功松`).
 */
function renderItem(record: ArticleRecord, style: CitationStyle): Record<string, unknown> {
  const title = record.titleEn ? `${record.title} [${record.titleEn}]` : record.title;
  const latin =
    record.authorsEn && record.authorsEn.length === record.authors.length ? record.authorsEn : null;
  const author =
    style === 'apa'
      ? (latin ?? record.authors)
      : record.authors.map((name, i) => {
          const en = latin?.[i];
          return en ? { ...name, multi: { _key: { en } } } : name;
        });
  const issued = { 'date-parts': [record.month ? [record.year, record.month] : [record.year]] };
  return {
    type: 'article-journal',
    title,
    author,
    'container-title': record.containerTitle,
    ...(record.volume ? { volume: record.volume } : {}),
    ...(record.issue ? { issue: record.issue } : {}),
    ...(record.firstPage && record.lastPage
      ? { page: `${record.firstPage}-${record.lastPage}` }
      : {}),
    issued,
    ...(record.publisher ? { publisher: record.publisher } : {}),
    ...(record.publisherPlace ? { 'publisher-place': record.publisherPlace } : {}),
    ...(style !== 'apa' && record.language ? { language: record.language } : {}),
  };
}
