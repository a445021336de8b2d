import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { OutlineClaim as Item } from './argument-outline';
import { ClaimLink, EvidenceLink } from './EntryLinks';

interface Props {
  item: Item;
  open: boolean;
  onToggle: () => void;
  /** Leave out the role label (when the group heading says it). */
  bare?: boolean;
  children?: ReactNode;
}

/** One claim of the outline: a link to it, and its evidence behind a disclosure button. */
export function OutlineClaim({ item, open, onToggle, bare, children }: Props) {
  const { t } = useTranslation('annotations');
  const id = `outline-evidence-${item.claim.annotation.id.split(':').pop() ?? ''}`;
  return (
    <li className="outline-claim" data-claim={item.claim.annotation.id}>
      <ClaimLink entry={item.claim} bare={bare} />
      {item.evidence.length > 0 ? (
        <button
          type="button"
          className="outline-disclosure"
          aria-expanded={open}
          aria-controls={id}
          onClick={onToggle}
        >
          {t('outline.evidenceCount', { count: item.evidence.length })}
        </button>
      ) : (
        <span className="outline-no-evidence">
          {item.allEvidence === 0 ? t('outline.noEvidence') : t('outline.noEvidenceOfType')}
        </span>
      )}
      {open && item.evidence.length > 0 && (
        <ul className="outline-evidence" id={id}>
          {item.evidence.map((e) => (
            <li key={e.annotation.id} data-evidence={e.annotation.id}>
              <EvidenceLink entry={e} />
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}
