import { useTranslation } from 'react-i18next';
import type { ConcordanceLine } from './glossary-view';
import { LangText } from './LangText';
import { PassageLink } from './PassageLink';

/** A keyword-in-context list of every occurrence of a term, each a link to its passage. */
export function Concordance({
  lines,
  labelledBy,
}: {
  lines: ConcordanceLine[];
  labelledBy: string;
}) {
  const { t } = useTranslation('annotations');
  return (
    <ol className="concordance" aria-labelledby={labelledBy}>
      {lines.map((line) =>
        line.kind === 'orphan' ? (
          <li key={line.id} className="concordance-line is-orphan">
            <LangText text={line.quote} lang="zh-Hant" className="kwic-keyword" />
            <span className="kwic-where">
              {t('problems.notPlaced')}{' '}
              <span lang="en" data-content="">
                {line.reason}
              </span>
            </span>
          </li>
        ) : (
          <li key={line.id} className="concordance-line">
            <PassageLink blockId={line.blockId} start={line.start} end={line.end} className="kwic">
              <span className="kwic-left">
                <LangText text={line.left} lang={line.lang} />
              </span>
              <mark className="kwic-keyword">
                <LangText text={line.keyword} lang={line.lang} />
              </mark>
              <span className="kwic-right">
                <LangText text={line.right} lang={line.lang} />
              </span>
            </PassageLink>
            <span className="kwic-where">
              {line.page !== null && t('page', { page: line.page })}{' '}
              <span lang={line.section.lang} data-content="">
                {line.section.text}
              </span>
            </span>
          </li>
        ),
      )}
    </ol>
  );
}
