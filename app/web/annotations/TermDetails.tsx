import { useTranslation } from 'react-i18next';
import { LangText } from './LangText';
import type { GlossaryTerm } from '../../../annotations/model/glossary';

/** A glossary entry: its Chinese forms, English (whose), Vietnamese (the project's), attribution, definition. */
export function TermDetails({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation('annotations');
  return (
    <dl className="anno-details">
      <dt>{t('term.zh')}</dt>
      <dd>
        <span lang="zh-Hant" data-content="">
          {term.zh.join('、')}
        </span>
      </dd>
      <dt>{t('term.en')}</dt>
      <dd>
        <span lang="en" data-content="">
          {term.en}
        </span>{' '}
        <span className="anno-source">
          {term.enSource === 'article' ? t('term.enArticle') : t('term.enProject')}
        </span>
      </dd>
      {term.vi !== undefined && (
        <>
          <dt>{t('term.vi')}</dt>
          <dd>
            <span lang="vi" data-content="">
              {term.vi}
            </span>{' '}
            <span className="anno-source">{t('term.viProject')}</span>
          </dd>
        </>
      )}
      {term.attributedTo !== undefined && (
        <>
          <dt>{t('term.attributedTo')}</dt>
          <dd>
            <LangText text={term.attributedTo} lang="en" />
          </dd>
        </>
      )}
      <dt>
        {term.definitionSource === 'project' ? t('term.definitionProject') : t('term.definition')}
      </dt>
      <dd>
        <LangText text={term.definition} lang="en" />
      </dd>
    </dl>
  );
}
