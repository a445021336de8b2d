import { useTranslation } from 'react-i18next';
import { LangText } from './LangText';
import type { ClaimAnnotation } from '../../../annotations/model/annotation';
import type { CardContext } from '../reader/decorations';
import { indexAnnotations, placeOf } from './annotation-index';
import type { Entry } from './annotation-index';
import { rivalAnswered } from './argument-outline';
import { ClaimLink, EvidenceLink } from './EntryLinks';

/** The card of a claim highlight: role, the project's paraphrase, the evidence that supports it. */
export function ClaimCard({ ids, context }: { ids: string[]; context: CardContext }) {
  const { t } = useTranslation('annotations');
  const index = indexAnnotations(context.document, context.annotations);
  const claims = ids.flatMap((id) => {
    const entry = index.byId.get(id);
    return entry?.annotation.layer === 'claim' ? [entry as Entry<ClaimAnnotation>] : [];
  });
  const rivals = index.claims.filter((c) => c.annotation.role === 'rival');
  return claims.map((entry) => {
    const { annotation } = entry;
    const evidence = index.evidenceOf.get(annotation.id) ?? [];
    const answered = annotation.role === 'rebuttal' ? rivalAnswered(entry, rivals) : null;
    const rebuttals =
      annotation.role === 'rival'
        ? index.claims.filter(
            (c) => c.annotation.role === 'rebuttal' && rivalAnswered(c, rivals) === entry,
          )
        : [];
    return (
      <section key={annotation.id} className="anno-card anno-card-claim" data-claim={annotation.id}>
        <p className="anno-card-title">
          <span className="anno-swatch mark-claim" aria-hidden="true" />
          {t('card.claimHeading', { role: t(`roles.${annotation.role}`) })}
        </p>
        <p className="anno-paraphrase">
          <span className="anno-label">{t('card.paraphrase')}</span>{' '}
          <LangText text={annotation.paraphrase} lang="en" />
        </p>
        {answered && (
          <>
            <p className="anno-subtitle">{t('card.answers')}</p>
            <ul className="anno-links">
              <li data-claim={answered.annotation.id}>
                <ClaimLink entry={answered} onFollow={context.close} />
              </li>
            </ul>
          </>
        )}
        {rebuttals.length > 0 && (
          <>
            <p className="anno-subtitle">{t('card.rebuttedBy')}</p>
            <ul className="anno-links">
              {rebuttals.map((r) => (
                <li key={r.annotation.id} data-claim={r.annotation.id}>
                  <ClaimLink entry={r} onFollow={context.close} />
                </li>
              ))}
            </ul>
          </>
        )}
        {evidence.length > 0 ? (
          <>
            <p className="anno-subtitle">{t('card.supportedBy', { count: evidence.length })}</p>
            <ul className="anno-links">
              {evidence.map((e) => (
                <li key={e.annotation.id} data-evidence={e.annotation.id}>
                  <EvidenceLink entry={e} onFollow={context.close} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="anno-none">{t('card.noEvidence')}</p>
        )}
        {!placeOf(entry) && <p className="anno-none">{t('problems.notPlaced')}</p>}
      </section>
    );
  });
}
