import { useTranslation } from 'react-i18next';
import type { QueryProblem, ResultSummary } from '../../search';
import type { SearchStatus as Status } from './use-search';

interface Props {
  status: Status;
  summary: ResultSummary | null;
  noResults: boolean;
  problems: QueryProblem[];
  lacksAnnotations: boolean;
}

/**
 * The count of hits, announced to screen readers (a polite live region), and what the engine had to
 * say about the query (an unclosed quote, a lone surrogate…). While a new search runs, the previous
 * count stays, so the region does not chatter at every key.
 */
export function SearchStatus({ status, summary, noResults, problems, lacksAnnotations }: Props) {
  const { t } = useTranslation('search');
  const text =
    status === 'idle'
      ? t('status.idle')
      : status === 'preparing'
        ? t('status.preparing')
        : status === 'error'
          ? t('status.error')
          : noResults
            ? t('status.none')
            : summary
              ? t('status.found', { count: summary.total, occurrences: summary.occurrences })
              : t('status.searching');
  const notes = [...new Set(problems.map((p) => p.code))].filter((code) => code !== 'empty');
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
