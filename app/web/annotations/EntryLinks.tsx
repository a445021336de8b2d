import { useTranslation } from 'react-i18next';
import type { ClaimAnnotation, EvidenceAnnotation } from '../../../annotations/model/annotation';
import { useReader } from '../state/reader-context';
import type { Entry } from './annotation-index';
import { LangText } from './LangText';
import { blockById, excerpt, pageAt } from './passage-info';
import { PassageLink } from './PassageLink';

interface Props<A extends ClaimAnnotation | EvidenceAnnotation> {
  entry: Entry<A>;
  onFollow?: () => void;
  /** Leave out the role or type label (when a heading already says it). */
  bare?: boolean;
}

/** A claim as a link to its passage: role, the project's paraphrase, print page. */
export function ClaimLink({ entry, onFollow, bare }: Props<ClaimAnnotation>) {
  const { t } = useTranslation('annotations');
  const { annotation } = entry;
  return (
    <EntryLink entry={entry} onFollow={onFollow}>
      {!bare && <span className="anno-entry-kind">{t(`roles.${annotation.role}`)}</span>}
      <LangText text={annotation.paraphrase} lang="en" className="anno-entry-text" />
    </EntryLink>
  );
}

/** An evidence passage as a link: its type, the opening of the passage, print page. */
export function EvidenceLink({ entry, onFollow, bare }: Props<EvidenceAnnotation>) {
  const { t } = useTranslation('annotations');
  const { document } = useReader();
  const { annotation, anchor } = entry;
  const text =
    anchor.status === 'anchored'
      ? excerpt(document, anchor.blockId, anchor.start, anchor.end)
      : annotation.target.quote.exact;
  const lang =
    anchor.status === 'anchored'
      ? (blockById(document, anchor.blockId)?.lang ?? 'zh-Hant')
      : 'zh-Hant';
  return (
    <EntryLink entry={entry} onFollow={onFollow}>
      {!bare && <span className="anno-entry-kind">{t(`types.${annotation.evidenceType}`)}</span>}
      <LangText text={text} lang={lang} className="anno-entry-text" />
    </EntryLink>
  );
}

/** The link around an entry, with its print page; an orphan is shown, unlinked, as not placed. */
function EntryLink({
  entry,
  onFollow,
  children,
}: {
  entry: Entry;
  onFollow?: () => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('annotations');
  const { document } = useReader();
  const { anchor } = entry;
  if (anchor.status === 'orphan')
    return (
      <span className="anno-entry is-orphan">
        {children}
        <span className="anno-entry-page">{t('problems.notPlaced')}</span>
      </span>
    );
  const page = pageAt(document, anchor.blockId, anchor.start);
  return (
    <PassageLink
      blockId={anchor.blockId}
      start={anchor.start}
      end={anchor.end}
      className="anno-entry"
      onFollow={onFollow}
    >
      {children}
      {page !== null && <span className="anno-entry-page">{t('page', { page })}</span>}
    </PassageLink>
  );
}
