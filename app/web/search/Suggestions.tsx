import { useTranslation } from 'react-i18next';
import type { Proposal } from './suggestions';
import { probeKey } from './suggestions';

interface Props {
  proposals: Proposal[];
  counts: Map<string, number>;
  onApply: (proposal: Proposal) => void;
}

/** A proposal's button text: what it changes, and how many passages it would find. */
function ProposalButton({
  proposal,
  count,
  onApply,
}: {
  proposal: Proposal;
  count: number;
  onApply: () => void;
}) {
  const { t } = useTranslation('search');
  const what =
    proposal.kind === 'fold' ? (
      t(`suggest.fold.${proposal.fold}`)
    ) : proposal.kind === 'filters' ? (
      t('suggest.filters')
    ) : (
      <>
        {proposal.kind === 'apart' ? t('suggest.apart') : t(`suggest.term.${proposal.lang}`)}{' '}
        <span
          className="suggestion-query"
          lang={
            proposal.kind === 'term'
              ? proposal.lang === 'zh'
                ? 'zh-Hant'
                : proposal.lang
              : undefined
          }
          data-content=""
        >
          {proposal.probe.query}
        </span>
      </>
    );
  return (
    <button type="button" className="suggestion" onClick={onApply}>
      <span>{what}</span> <span className="suggestion-count">{t('suggest.count', { count })}</span>
    </button>
  );
}

/** The proposals that would find something, as buttons (nothing while they are being counted). */
export function Suggestions({ proposals, counts, onApply }: Props) {
  const found = proposals.filter((p) => (counts.get(probeKey(p.probe)) ?? 0) > 0);
  if (found.length === 0) return null;
  return (
    <ul className="suggestions">
      {found.map((proposal) => (
        <li key={`${proposal.kind}:${probeKey(proposal.probe)}`}>
          <ProposalButton
            proposal={proposal}
            count={counts.get(probeKey(proposal.probe)) ?? 0}
            onApply={() => onApply(proposal)}
          />
        </li>
      ))}
    </ul>
  );
}
