import { useTranslation } from 'react-i18next';
import { LangText } from './LangText';
import type { EvidenceAnnotation } from '../../../annotations/model/annotation';
import type { CardContext } from '../reader/decorations';
import { claimsSupportedBy, indexAnnotations } from './annotation-index';
import type { Entry } from './annotation-index';
import { ClaimLink } from './EntryLinks';

/** The card of an evidence highlight: its type, the project's note, the claims it supports. */
export function EvidenceCard({ ids, context }: { ids: string[]; context: CardContext }) {
  const { t } = useTranslation('annotations');
  const index = indexAnnotations(context.document, context.annotations);
  const entries = ids.flatMap((id) => {
    const entry = index.byId.get(id);
    return entry?.annotation.layer === 'evidence' ? [entry as Entry<EvidenceAnnotation>] : [];
  });
  return entries.map(({ annotation }) => {
    const claims = claimsSupportedBy(index, annotation);
    return (
      <section
        key={annotation.id}
        className="anno-card anno-card-evidence"
        data-evidence={annotation.id}
      >
        <p className="anno-card-title">
          <span className="anno-swatch mark-evidence" aria-hidden="true" />
          {t('card.evidenceHeading', { type: t(`types.${annotation.evidenceType}`) })}
        </p>
        {annotation.note !== undefined && (
          <p className="anno-paraphrase">
            <span className="anno-label">{t('card.note')}</span>{' '}
            <LangText text={annotation.note} lang="en" />
          </p>
        )}
        <p className="anno-subtitle">{t('card.supports', { count: claims.length })}</p>
        <ul className="anno-links">
          {claims.map((c) => (
            <li key={c.annotation.id} data-claim={c.annotation.id}>
              <ClaimLink entry={c} onFollow={context.close} />
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
