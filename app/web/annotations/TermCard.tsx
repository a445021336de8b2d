import { useTranslation } from 'react-i18next';
import type { TermAnnotation } from '../../../annotations/model/annotation';
import type { CardContext } from '../reader/decorations';
import { indexAnnotations } from './annotation-index';
import { GLOSSARY_PANEL, TERM_PARAM } from './panel-ids';
import { TermDetails } from './TermDetails';

/** The card of a term highlight: the glossary entry, and a way to every occurrence in the glossary. */
export function TermCard({ ids, context }: { ids: string[]; context: CardContext }) {
  const { t } = useTranslation('annotations');
  const index = indexAnnotations(context.document, context.annotations);
  const termIds = [
    ...new Set(
      ids.flatMap((id) => {
        const annotation = index.byId.get(id)?.annotation;
        return annotation?.layer === 'term' ? [(annotation as TermAnnotation).termId] : [];
      }),
    ),
  ];
  return termIds.map((termId) => {
    const term = context.annotations.glossary.terms.find((x) => x.id === termId);
    if (!term) return null;
    return (
      <section key={termId} className="anno-card anno-card-term" data-term={termId}>
        <p className="anno-card-title">
          <span className="anno-swatch mark-term" aria-hidden="true" />
          {t('card.term')}
        </p>
        <TermDetails term={term} />
        <button
          type="button"
          className="link-button"
          onClick={() => {
            context.openPanel(GLOSSARY_PANEL);
            context.setExtra({ [TERM_PARAM]: termId });
            context.close();
          }}
        >
          {t('card.openGlossary', { count: index.occurrencesOf.get(termId)?.length ?? 0 })}
        </button>
      </section>
    );
  });
}
