import { useTranslation } from 'react-i18next';
import type { Document } from '../../../corpus/model/document';

interface CslName {
  family?: string;
  given?: string;
}

/** The article's title, author and journal, from its CSL metadata (document content, not interface). */
export function DocumentTitle({ document }: { document: Document }) {
  const { t } = useTranslation();
  const csl = document.metadata.csl;
  const custom = (csl.custom ?? {}) as Record<string, unknown>;
  const authors = (csl.author as CslName[] | undefined) ?? [];
  const authorsEn = (custom['author-en'] as CslName[] | undefined) ?? [];
  const issued = (csl.issued as { 'date-parts'?: number[][] } | undefined)?.[
    'date-parts'
  ]?.[0]?.[0];
  return (
    <header className="document-title" data-content="">
      <h1 lang="zh-Hant">{csl.title}</h1>
      {typeof custom['title-en'] === 'string' && (
        <p className="document-title-en" lang="en">
          {custom['title-en']}
        </p>
      )}
      <p className="document-byline">
        <span lang="zh-Hant">
          {authors.map((a) => `${a.family ?? ''}${a.given ?? ''}`).join('、')}
        </span>
        {authorsEn.length > 0 && (
          <span lang="en">{` (${authorsEn.map((a) => `${a.family ?? ''}, ${a.given ?? ''}`).join('; ')})`}</span>
        )}
      </p>
      <p className="document-source">
        <span lang="zh-Hant">
          {`《${String(csl['container-title'] ?? '')}》${String(csl.volume ?? '')}(${String(csl.issue ?? '')})${issued === undefined ? '' : `, ${issued}`}, `}
        </span>
        <span data-ui="">
          {t('document.pages', { first: document.pages.first, last: document.pages.last })}
        </span>
      </p>
    </header>
  );
}
