import { useTranslation } from 'react-i18next';
import { ALIGNED_UNITS, ALIGNMENT_STATUSES } from '../../../corpus/alignment/alignment-types';
import type { Alignment } from '../../../corpus/alignment/alignment-types';
import { percentOf, unitCoverage } from './alignment-index';
import type { SideCoverage } from './alignment-index';
import { StatusBadge } from './StatusBadge';

/** How much of each side of each unit is aligned, and by which statuses (segments and characters). */
export function CoverageTable({ alignment }: { alignment: Alignment }) {
  const { t } = useTranslation('translation');
  return (
    <table className="coverage-table">
      <caption>{t('coverage.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('coverage.unit')}</th>
          <th scope="col">{t('alignment.zh')}</th>
          <th scope="col">{t('alignment.en')}</th>
        </tr>
      </thead>
      <tbody>
        {ALIGNED_UNITS.map((name) => {
          const coverage = unitCoverage(alignment[name]);
          return (
            <tr key={name} data-unit={name}>
              <th scope="row">{t(`units.${name}`)}</th>
              <SideCell side={coverage.zh} />
              <SideCell side={coverage.en} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SideCell({ side }: { side: SideCoverage }) {
  const { t } = useTranslation('translation');
  const aligned = ALIGNMENT_STATUSES.reduce((n, s) => n + side.byStatus[s].segments, 0);
  return (
    <td>
      <ul className="coverage-shares">
        {ALIGNMENT_STATUSES.filter((s) => side.byStatus[s].segments > 0).map((status) => (
          <li key={status} data-status={status}>
            <StatusBadge status={status} />{' '}
            {t('coverage.share', {
              segments: side.byStatus[status].segments,
              total: side.total.segments,
              percent: percentOf(side.byStatus[status].chars, side.total.chars),
            })}
          </li>
        ))}
        {aligned < side.total.segments && (
          <li className="coverage-unaligned">
            {t('coverage.unaligned', { segments: side.total.segments - aligned })}
          </li>
        )}
      </ul>
      <p className="coverage-rendered">
        {t('coverage.rendered', { percent: percentOf(side.rendered.chars, side.total.chars) })}
      </p>
    </td>
  );
}
