import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from '../state/reader-context';
import { ExclusionList } from './ExclusionList';
import { GlossaryEntry } from './GlossaryEntry';
import { sortedTerms, TERM_SORTS } from './glossary-view';
import type { TermSort } from './glossary-view';
import { TERM_PARAM, TERM_SORT_PARAM } from './panel-ids';
import { useAnnotations } from './use-annotations';
import './annotations.css';

/**
 * The glossary: every theory term in Chinese, English and Vietnamese with its number of
 * occurrences, in a chosen order; an entry opens to its definition and a keyword-in-context line
 * for every occurrence; the exclusions with their reasons. The open entry and the order are in the URL.
 */
export function GlossaryPanel() {
  const { t } = useTranslation('annotations');
  const { extra, setExtra } = useReader();
  const loaded = useAnnotations();
  const openId = extra[TERM_PARAM] ?? null;
  const sortValue = extra[TERM_SORT_PARAM] ?? 'glossary';
  const sort: TermSort = (TERM_SORTS as readonly string[]).includes(sortValue)
    ? (sortValue as TermSort)
    : 'glossary';
  const openButton = useRef<HTMLButtonElement | null>(null);

  const ready = loaded !== null;
  // An entry opened from elsewhere (a term's card) is brought into view.
  useEffect(() => {
    if (ready && openId) openButton.current?.scrollIntoView({ block: 'start' });
  }, [openId, ready]);

  if (!loaded) return <p className="panel-note">{t('glossary.loading')}</p>;
  const { glossary } = loaded.data;
  if (glossary.terms.length === 0) return <p className="panel-note">{t('glossary.empty')}</p>;
  const rows = sortedTerms(glossary.terms, loaded.index, sort);

  return (
    <div className="glossary-panel">
      <p className="panel-note">{t('glossary.note')}</p>
      <label className="control glossary-sort">
        <span>{t('glossary.sort')}</span>
        <select
          value={sort}
          onChange={(event) =>
            setExtra({
              [TERM_SORT_PARAM]: event.target.value === 'glossary' ? null : event.target.value,
            })
          }
        >
          {TERM_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`glossary.sorts.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <ul className="glossary-list" aria-label={t('glossary.listLabel')}>
        {rows.map(({ term, count }) => {
          const open = term.id === openId;
          return (
            <li key={term.id} className="glossary-item" data-term={term.id}>
              <button
                type="button"
                className="glossary-toggle"
                aria-expanded={open}
                aria-controls={`glossary-entry-${term.id}`}
                ref={open ? openButton : undefined}
                onClick={() => setExtra({ [TERM_PARAM]: open ? null : term.id })}
              >
                <span className="glossary-zh" lang="zh-Hant" data-content="">
                  {term.zh.join('、')}
                </span>
                <span className="glossary-count">{t('glossary.count', { count })}</span>
                <span className="glossary-en">
                  <span lang="en" data-content="">
                    {term.en}
                  </span>
                  {term.enSource === 'project' && (
                    <span className="anno-badge">{t('glossary.projectBadge')}</span>
                  )}
                </span>
                {term.vi !== undefined && (
                  <span className="glossary-vi">
                    <span lang="vi" data-content="">
                      {term.vi}
                    </span>
                    <span className="anno-badge">{t('glossary.projectBadge')}</span>
                  </span>
                )}
              </button>
              {open && (
                <div id={`glossary-entry-${term.id}`}>
                  <GlossaryEntry
                    term={term}
                    index={loaded.index}
                    exclusions={glossary.exclusions.filter((x) => x.termId === term.id)}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {glossary.exclusions.length > 0 && (
        <section aria-labelledby="glossary-exclusions">
          <h2 className="panel-heading" id="glossary-exclusions">
            {t('glossary.exclusions', { count: glossary.exclusions.length })}
          </h2>
          <p className="panel-note">{t('glossary.exclusionsNote')}</p>
          <ExclusionList exclusions={glossary.exclusions} terms={glossary.terms} />
        </section>
      )}
    </div>
  );
}
