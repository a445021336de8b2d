import { useTranslation } from 'react-i18next';
import type { CardContext } from '../reader/decorations';
import { citationAt, citationIndexOf } from './citation-data';
import { ContentText, labelLang } from './ContentText';
import { SourceFacts } from './SourceFacts';
import { SOURCE_PARAMS } from './source-list';
import { citedPagesText, formText } from './source-text';

interface Props {
  /** The source keys under the pointer. */
  keys: string[];
  context: CardContext;
}

/** What the card of an in-text citation says: the cited work, this citation, a way to the panel. */
export function CitationCard({ keys, context }: Props) {
  const { t } = useTranslation('citations');
  const index = citationIndexOf(context.document);
  const clicked = context.at ? citationAt(index, context.at.blockId, context.at.offset) : undefined;
  return (
    <>
      {keys.map((key) => {
        const entry = index.byKey.get(key);
        if (!entry) return null;
        const citation = clicked?.key === key ? clicked : undefined;
        const openSources = () => {
          // Filters that would hide the work are cleared: the panel must show what was asked for.
          context.setExtra(
            {
              [SOURCE_PARAMS.selected]: key,
              [SOURCE_PARAMS.kind]: null,
              [SOURCE_PARAMS.language]: null,
            },
            'push',
          );
          context.openPanel('sources');
          context.close();
        };
        return (
          <section key={key} className="citation-card" aria-label={t('card.heading')}>
            <h3 className="citation-card-label">
              <ContentText text={entry.label} lang={labelLang(entry.label)} />
            </h3>
            <SourceFacts entry={entry} />
            <p className="citation-card-count">
              {t('card.count', { count: entry.citations.length })}
            </p>
            {citation && (
              <p className="citation-card-this">
                <span className="citation-card-term">{t('card.thisCitation')}</span>{' '}
                <span className="citing-meta">
                  <span>{t('printPage', { page: citation.page })}</span>
                  <span>{citedPagesText(t, citation)}</span>
                  <span>{formText(t, citation)}</span>
                </span>
              </p>
            )}
            <button type="button" className="link-button" onClick={openSources}>
              {t('card.showInSources')}
            </button>
          </section>
        );
      })}
    </>
  );
}
