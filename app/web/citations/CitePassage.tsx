import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../corpus/model/document';
import { CITATION_STYLES } from '../../citation/csl-resources';
import type { ProjectTextKind } from '../../citation/project-text';
import { CopyButton } from '../reader/CopyButton';
import { useReader } from '../state/reader-context';
import { ArticleRecords } from './ArticleRecords';
import { ContentText } from './ContentText';
import { usePassageCiter } from './use-passage-citer';

interface Props {
  block: Block;
  /** A selection in the block, in code points; null for the whole block. */
  range: { start: number; end: number } | null;
  /**
   * Set when what is cited is the project's text about the passage (an annotation's paraphrase,
   * a gloss…): the caveat is then shown and travels in every copied string.
   */
  projectText?: ProjectTextKind;
}

/**
 * How to cite a passage: Chicago author-date and APA 7 with its print page(s) and permalink, each
 * copyable in one click, and the article's records. The strings load on first use (pending state).
 */
export function CitePassage({ block, range, projectText }: Props) {
  const { t } = useTranslation('citations');
  const { document } = useReader();
  const state = usePassageCiter();
  const titleId = useId();
  const result =
    state.status === 'ready'
      ? state.citer.citePassageInReader({
          document,
          blockId: block.id,
          ...(range ? { range } : {}),
          projectText,
          readerUrl: `${window.location.origin}${window.location.pathname}`,
        })
      : null;
  const citation = result?.ok ? result.citation : null;
  return (
    <section
      className="passage-action cite-passage"
      aria-labelledby={titleId}
      aria-busy={state.status === 'pending'}
    >
      <h3 className="passage-action-title" id={titleId}>
        {t('cite.title')}
      </h3>
      {state.status === 'pending' && (
        <p className="cite-pending" role="status">
          {t('cite.pending')}
        </p>
      )}
      {(state.status === 'failed' || (result && !result.ok)) && (
        <p className="cite-failed" role="alert">
          {t('cite.failed', {
            error:
              state.status === 'failed' ? state.error : result && !result.ok ? result.error : '',
          })}
        </p>
      )}
      {citation && (
        <>
          <p className="cite-pages">
            {citation.pages[0] === citation.pages[1]
              ? t('cite.page', { page: citation.pages[0] })
              : t('cite.pageRange', { first: citation.pages[0], last: citation.pages[1] })}
          </p>
          {citation.caveat && (
            <p className="cite-caveat" role="note">
              <strong>{t('cite.caveat')}</strong>{' '}
              <span lang="en" data-content="">
                {citation.caveat.text}
              </span>
            </p>
          )}
          {CITATION_STYLES.map((style) => (
            <div key={style} className="cite-style" data-style={style}>
              <h4 className="cite-style-name">{t(`cite.${style}`)}</h4>
              <p className="cite-reference">
                <ContentText text={citation.styles[style].reference} lang="en" />
              </p>
              <p className="cite-in-text">
                <span className="cite-term">{t('cite.inText')}</span>{' '}
                <ContentText text={citation.styles[style].inText} lang="en" />
              </p>
              <CopyButton
                text={citation.styles[style].text}
                label={t('cite.copy', { style: t(`cite.${style}`) })}
              />
            </div>
          ))}
          <p className="panel-note">{t('cite.copyNote')}</p>
          <ArticleRecords
            files={state.status === 'ready' ? state.citer.articleRecordFiles(document) : []}
          />
        </>
      )}
    </section>
  );
}
