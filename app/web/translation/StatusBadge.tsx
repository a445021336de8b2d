import { useTranslation } from 'react-i18next';
import type { AlignmentStatus } from '../../../corpus/alignment/alignment-types';
import { StatusIcon } from './StatusIcon';

/** An alignment status as an icon and a word, never by colour alone. */
export function StatusBadge({ status }: { status: AlignmentStatus }) {
  const { t } = useTranslation('translation');
  return (
    <span className={`status-badge status-${status}`} title={t(`statusHelp.${status}`)}>
      <StatusIcon kind={status} />
      {t(`status.${status}`)}
    </span>
  );
}
