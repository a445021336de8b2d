import { useTranslation } from 'react-i18next';
import { useReader } from '../state/reader-context';
import type { ReaderCitationIndex } from './citation-data';
import { SOURCE_PARAMS, summariseByOutlet } from './source-list';

/**
 * The index at a glance: how many works and citations, and which Vietnamese-language news outlets
 * the article relies on and how often (the question the panel must answer without a click).
 */
export function SourcesSummary({ index }: { index: ReaderCitationIndex }) {
  const { t } = useTranslation('citations');
  const { setExtra } = useReader();
  const media = summariseByOutlet(index.sources);
  const percent =
    index.citations.length > 0 ? Math.round((media.citations / index.citations.length) * 100) : 0;
  return (
    <section className="sources-summary" aria-labelledby="sources-summary-text">
      <p id="sources-summary-text">
        {t('panel.summary', { works: index.sources.length, citations: index.citations.length })}
      </p>
      {media.works > 0 && (
        <>
          <p>
            {t('panel.media', {
              works: media.works,
              outlets: media.outlets.length,
              citations: media.citations,
              percent,
            })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                setExtra(
                  { [SOURCE_PARAMS.kind]: 'news-media', [SOURCE_PARAMS.language]: 'vi' },
                  'push',
                )
              }
            >
              {t('panel.showMedia')}
            </button>
          </p>
          <h2 className="panel-heading" id="sources-outlets-heading">
            {t('panel.byOutlet')}
          </h2>
          <ul className="outlet-list" aria-labelledby="sources-outlets-heading">
            {media.outlets.map((outlet) => (
              <li key={outlet.outlet}>
                <span lang="vi" data-content="">
                  {outlet.outlet}
                </span>{' '}
                <span className="outlet-count">
                  {t('panel.outletCounts', {
                    citations: t('citationCount', { count: outlet.citations }),
                    works: t('workCount', { count: outlet.works }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="panel-note">{t('panel.classificationNote')}</p>
    </section>
  );
}
