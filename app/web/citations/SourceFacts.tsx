import { useTranslation } from 'react-i18next';
import type { SourceEntry } from '../../../corpus/citations/source-index';

/**
 * A cited work's classification as a definition list: kind, likely language with what it rests
 * on, and the outlet and note the project identified. All of it is the project's, not the author's.
 */
export function SourceFacts({ entry }: { entry: SourceEntry }) {
  const { t } = useTranslation('citations');
  const c = entry.classification;
  return (
    <dl className="source-facts">
      <dt>{t('card.kind')}</dt>
      <dd>{t(`kind.${c?.kind ?? 'unclassified'}`)}</dd>
      {c && (
        <>
          <dt>{t('card.language')}</dt>
          <dd>
            {t(`language.${c.language}`)}
            <span className="source-basis">{t(`basis.${c.basis}`)}</span>
          </dd>
        </>
      )}
      {c?.publisher && (
        <>
          <dt>{t('card.outlet')}</dt>
          <dd>
            <span lang={c.language} data-content="">
              {c.publisher}
            </span>
            <span className="source-basis">{t('card.byProject')}</span>
          </dd>
        </>
      )}
      {c?.projectNote && (
        <>
          <dt>{t('card.note')}</dt>
          <dd>
            <span lang="en" data-content="">
              {c.projectNote}
            </span>
            <span className="source-basis">{t('card.byProject')}</span>
          </dd>
        </>
      )}
    </dl>
  );
}
