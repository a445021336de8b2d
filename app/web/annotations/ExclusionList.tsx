import { useTranslation } from 'react-i18next';
import type { Document } from '../../../corpus/model/document';
import type { GlossaryExclusion, GlossaryTerm } from '../../../annotations/model/glossary';
import { useReader } from '../state/reader-context';
import { locateExclusion } from './glossary-view';
import { LangText } from './LangText';
import { keywordInContext } from './passage-info';
import { PassageLink } from './PassageLink';

interface Props {
  exclusions: GlossaryExclusion[];
  /** Given, each exclusion names the term it is not an occurrence of. */
  terms?: GlossaryTerm[];
}

/** Occurrences of a surface form deliberately not tagged, each with the project's reason. */
export function ExclusionList({ exclusions, terms }: Props) {
  const { t } = useTranslation('annotations');
  const { document } = useReader();
  return (
    <ul className="concordance exclusions">
      {exclusions.map((exclusion) => {
        const at = locateExclusion(document, exclusion);
        const term = terms?.find((x) => x.id === exclusion.termId);
        return (
          <li key={`${exclusion.blockId}-${exclusion.prefix}`} className="concordance-line">
            {term && (
              <span className="exclusion-term">
                {t('glossary.notTerm')}{' '}
                <span lang="en" data-content="">
                  {term.en}
                </span>
              </span>
            )}
            {at ? (
              <PassageLink blockId={at.blockId} start={at.start} end={at.end} className="kwic">
                <KeywordInContext document={document} {...at} />
              </PassageLink>
            ) : (
              <LangText text={exclusion.exact} lang="zh-Hant" className="kwic-keyword" />
            )}
            {at?.page != null && <span className="kwic-where">{t('page', { page: at.page })}</span>}
            <span className="exclusion-reason">
              <span className="anno-label">{t('glossary.reason')}</span>{' '}
              <LangText text={exclusion.reason} lang="en" />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

interface ContextProps {
  document: Document;
  blockId: string;
  start: number;
  end: number;
}

/** The three columns of a keyword-in-context line. */
export function KeywordInContext({ document, blockId, start, end }: ContextProps) {
  const kwic = keywordInContext(document, blockId, start, end);
  const lang = document.blocks.find((b) => b.id === blockId)?.lang ?? 'zh-Hant';
  return (
    <>
      <span className="kwic-left">
        <LangText text={kwic.left} lang={lang} />
      </span>
      <mark className="kwic-keyword">
        <LangText text={kwic.keyword} lang={lang} />
      </mark>
      <span className="kwic-right">
        <LangText text={kwic.right} lang={lang} />
      </span>
    </>
  );
}
