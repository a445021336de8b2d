import { useTranslation } from 'react-i18next';
import type { AnnotationError } from '../../../annotations/model/errors';
import type { Entry } from './annotation-index';
import { useReader } from '../state/reader-context';
import { LangText } from './LangText';
import { blockById } from './passage-info';

export const PROBLEMS_HEADING_ID = 'annotation-problems';

interface Props {
  errors: AnnotationError[];
  orphans: Entry[];
}

/** Annotations that could not be placed (orphans) and errors in the annotation files, listed plainly. */
export function ProblemsList({ errors, orphans }: Props) {
  const { t } = useTranslation('annotations');
  const { document } = useReader();
  if (errors.length + orphans.length === 0) return null;
  return (
    <section className="anno-problems" aria-labelledby={PROBLEMS_HEADING_ID}>
      <h2 className="panel-heading" id={PROBLEMS_HEADING_ID} tabIndex={-1}>
        {t('problems.title', { count: errors.length + orphans.length })}
      </h2>
      <p className="panel-note">{t('problems.note')}</p>
      <ul className="anno-problem-list">
        {orphans.map(({ annotation, anchor }) => (
          <li key={annotation.id} className="anno-problem">
            <span className="anno-entry-kind">
              {t('problems.orphanOf', { layer: t(`layers.${annotation.layer}`) })}
            </span>{' '}
            <code data-content="">{annotation.id}</code>
            <span className="anno-problem-quote">
              <LangText
                text={annotation.target.quote.exact}
                lang={blockById(document, annotation.target.blockId)?.lang ?? 'zh-Hant'}
              />
            </span>
            {anchor.status === 'orphan' && (
              <span className="anno-problem-reason">
                {t('problems.reason')} <LangText text={anchor.reason} lang="en" />
              </span>
            )}
          </li>
        ))}
        {errors.map((error, i) => (
          <li key={`${error.file}-${error.annotationId ?? ''}-${i}`} className="anno-problem">
            <span className="anno-entry-kind">{t('problems.error')}</span>{' '}
            <code data-content="">
              {error.file}
              {error.annotationId !== null && `: ${error.annotationId}`}
            </code>
            <span className="anno-problem-reason" lang="en" data-content="">
              {error.message} [{error.code}]
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
