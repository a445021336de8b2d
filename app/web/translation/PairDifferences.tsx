import { useTranslation } from 'react-i18next';
import type { AlignmentPair } from '../../../corpus/alignment/alignment-types';
import { ScriptText } from './ScriptText';
import { StatusIcon } from './StatusIcon';

/** A pair's differences, numbered as in its sentences, and the project's note for translators. */
export function PairDifferences({ pair }: { pair: AlignmentPair }) {
  const { t } = useTranslation('translation');
  if (pair.differences.length === 0 && !pair.note) return null;
  return (
    <div className="pair-details">
      {pair.differences.length > 0 && (
        <>
          <p className="details-heading">{t('alignment.differences')}</p>
          <ol className="difference-list">
            {pair.differences.map((difference, i) => (
              <li key={i} className={`difference difference-${difference.kind}`}>
                <span className="difference-head">
                  <span className="diff-number">{t('alignment.diffNumber', { n: i + 1 })}</span>
                  <span className="difference-kind">
                    <StatusIcon kind={difference.kind} />
                    {t(`difference.${difference.kind}`)}
                  </span>
                </span>
                <span className="difference-quotes">
                  {difference.zh && (
                    <q lang="zh-Hant" data-content="">
                      {difference.zh}
                    </q>
                  )}
                  {difference.zh && difference.en && (
                    <span className="difference-arrow">{t('alignment.becomes')}</span>
                  )}
                  {difference.en && (
                    <q lang="en" data-content="">
                      {difference.en}
                    </q>
                  )}
                </span>
                <span className="difference-explanation">
                  <ScriptText text={difference.explanation} />
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {pair.note && (
        <p className="project-note">
          <span className="project-label">{t('alignment.projectNote')}</span>{' '}
          <ScriptText text={pair.note.text} />
        </p>
      )}
    </div>
  );
}
