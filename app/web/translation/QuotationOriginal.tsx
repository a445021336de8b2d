import { useTranslation } from 'react-i18next';
import type { QuotationInfo, Witness } from '../../../corpus/vietnamese/item-types';
import { ArticleText } from './ArticleText';
import { displayUrl } from './EditorialNoteView';
import { ScriptText } from './ScriptText';

/**
 * Who a quotation is from and its original wording: only the witnesses the research file reports
 * (each with its URL and caveat), leads marked as unconfirmed, otherwise "original not located".
 */
export function QuotationOriginal({
  quotation,
  summary = true,
  witnesses = true,
}: {
  quotation: QuotationInfo;
  /** Who is quoted and the status of the original. */
  summary?: boolean;
  /** The witnesses and leads. */
  witnesses?: boolean;
}) {
  const { t } = useTranslation('translation');
  const { original } = quotation;
  return (
    <div className={`quotation-original original-${original.status}`}>
      {summary && (
        <>
          <p>
            <span className="field-label">{t('quotation.attributedTo')}</span>{' '}
            <ScriptText text={quotation.attributedTo} />
          </p>
          {quotation.citation && (
            <p>
              <span className="field-label">{t('quotation.citation')}</span>{' '}
              <ArticleText text={quotation.citation} lang="zh-Hant" />
            </p>
          )}
          <p className="original-status">
            <span className="field-label">{t('quotation.original')}</span>{' '}
            <strong>{t(`original.${original.status}`)}</strong>
            {original.status !== 'not-located' && (
              <>
                {' '}
                <ScriptText text={withoutStatus(original.summary)} />
              </>
            )}
          </p>
        </>
      )}
      {witnesses && original.witnesses.length > 0 && (
        <ul className="witnesses">
          {original.witnesses.map((w, i) => (
            <WitnessView key={i} witness={w} />
          ))}
        </ul>
      )}
      {witnesses && original.leads.length > 0 && (
        <>
          <p className="field-label">{t('quotation.leads')}</p>
          <ul className="witnesses leads">
            {original.leads.map((w, i) => (
              <WitnessView key={i} witness={w} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function WitnessView({ witness }: { witness: Witness }) {
  const { t } = useTranslation('translation');
  return (
    <li className="witness">
      {witness.text ? (
        <blockquote lang={witness.lang} cite={witness.url} data-content="">
          {witness.text}
        </blockquote>
      ) : (
        <p className="witness-no-text">{t('quotation.urlOnly')}</p>
      )}
      <p className="witness-source">
        <a
          href={witness.url}
          target="_blank"
          rel="noreferrer noopener"
          translate="no"
          data-content=""
        >
          {displayUrl(witness.url)}
        </a>
      </p>
      <p className="witness-caveat">
        <span className="field-label">{t('quotation.caveat')}</span>{' '}
        <ScriptText text={witness.caveat} />
      </p>
    </li>
  );
}

/** The summary without its leading "found:" / "partly found:", which the status already says. */
function withoutStatus(summary: string): string {
  return summary.replace(/^(?:found|partly found)\s*:\s*/iu, '');
}
