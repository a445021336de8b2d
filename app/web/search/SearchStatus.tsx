import { useTranslation } from 'react-i18next';
import type { QueryProblem, ResultSummary } from '../../search';
import type { SearchStatus as Status } from './use-search';

interface Props {
  status: Status;
  summary: ResultSummary | null;
  problems: QueryProblem[];
  lacksAnnotations: boolean;
}

/**
 * The count of hits, announced to screen readers (a polite live region), and what the engine had to
 * say about the query (an unclosed quote, a lone surrogate…). While a new search runs, the previous
 * count stays, so the region does not chatter at every key.
 */
export function SearchStatus({ status, summary, problems, lacksAnnotations }: Props) {
  const { t } = useTranslation('search');
  const text =
    status === 'idle'
      ? t('status.idle')
      : status === 'preparing'
        ? t('status.preparing')
        : status === 'error'
          ? t('status.error')
          : !summary
            ? t('status.searching')
            : summary.total === 0
              ? t('status.none')
              : t('status.found', { count: summary.total, occurrences: summary.occurrences });
  const notes = [...new Set(problems.map((p) => p.code))];
  return (
    <>
      <p className="search-status" role="status" aria-live="polite">
        {text}
      </p>
      {notes.map((code) => (
        <p key={code} className="search-problem">
          {t(`problems.${code}`)}
        </p>
      ))}
      {lacksAnnotations && <p className="search-problem">{t('annotationsMissing')}</p>}
    </>
  );
}
