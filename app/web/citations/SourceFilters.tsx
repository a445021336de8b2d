import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGES } from '../../../corpus/citations/source-classifications';
import type { SourceEntry } from '../../../corpus/citations/source-index';
import { useReader } from '../state/reader-context';
import { KIND_FILTERS, optionCounts, SOURCE_PARAMS } from './source-list';
import type { SourceView } from './source-list';

interface Props {
  sources: readonly SourceEntry[];
  view: SourceView;
}

/** Kind and language filters (each option with the number of works it keeps) and the sort order. */
export function SourceFilters({ sources, view }: Props) {
  const { t } = useTranslation('citations');
  const { setExtra } = useReader();
  const counts = optionCounts(sources, view);
  const id = useId();
  const set = (param: string, value: string) => setExtra({ [param]: value || null }, 'push');
  const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  return (
    <div className="source-filters">
      <div className="control">
        <label htmlFor={`${id}-kind`}>{t('panel.filterKind')}</label>
        <select
          id={`${id}-kind`}
          value={view.kind ?? ''}
          onChange={(event) => set(SOURCE_PARAMS.kind, event.target.value)}
        >
          <option value="">{t('panel.all', { count: total(counts.kind) })}</option>
          {KIND_FILTERS.filter((k) => counts.kind.has(k) || k === view.kind).map((kind) => (
            <option key={kind} value={kind}>
              {t('panel.option', { name: t(`kind.${kind}`), count: counts.kind.get(kind) ?? 0 })}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-language`}>{t('panel.filterLanguage')}</label>
        <select
          id={`${id}-language`}
          value={view.language ?? ''}
          onChange={(event) => set(SOURCE_PARAMS.language, event.target.value)}
        >
          <option value="">{t('panel.all', { count: total(counts.language) })}</option>
          {SOURCE_LANGUAGES.filter((l) => counts.language.has(l) || l === view.language).map(
            (language) => (
              <option key={language} value={language}>
                {t('panel.option', {
                  name: t(`language.${language}`),
                  count: counts.language.get(language) ?? 0,
                })}
              </option>
            ),
          )}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-sort`}>{t('panel.sort')}</label>
        <select
          id={`${id}-sort`}
          value={view.sort}
          onChange={(event) =>
            set(SOURCE_PARAMS.sort, event.target.value === 'count' ? 'count' : '')
          }
        >
          <option value="name">{t('panel.sortName')}</option>
          <option value="count">{t('panel.sortCount')}</option>
        </select>
      </div>
    </div>
  );
}
