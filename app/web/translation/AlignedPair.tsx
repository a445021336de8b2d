import { useTranslation } from 'react-i18next';
import type {
  AlignedUnitName,
  AlignmentPair,
  SummaryLink,
} from '../../../corpus/alignment/alignment-types';
import { AlignedSentence } from './AlignedSentence';
import type { UnitIndex } from './alignment-index';
import { differenceMarks } from './difference-pieces';
import { PairDifferences } from './PairDifferences';
import { StatusBadge } from './StatusBadge';
import { SummaryLinks } from './SummaryLinks';

interface Props {
  unitName: AlignedUnitName;
  pair: AlignmentPair;
  index: UnitIndex;
  lit: Set<string>;
  active: string | null;
  onActivate: (id: string | null) => void;
  summaryLinks: Map<string, SummaryLink>;
}

/** One pair of the parallel view: its status, its Chinese and English sides, what differs. */
export function AlignedPair({
  unitName,
  pair,
  index,
  lit,
  active,
  onActivate,
  summaryLinks,
}: Props) {
  const { t } = useTranslation('translation');
  const domId = `pair-${unitName}-${pair.id}`;
  const marks = differenceMarks(pair, (id) => index.segment.get(id));
  const describe = (side: 'zh' | 'en') =>
    pair[side].length === 0
      ? t(`alignment.sideNone.${side}`)
      : t(`alignment.side.${side}`, {
          list: pair[side]
            .map((id) => index.unit[side].findIndex((s) => s.id === id) + 1)
            .join(t('listSeparator')),
        });
  const pairing = t('alignment.pairing', {
    status: t(`status.${pair.status}`),
    zh: describe('zh'),
    en: describe('en'),
  });
  const side = (name: 'zh' | 'en') => (
    <div className={`pair-side pair-side-${name}`}>
      <span className="pair-side-label">{t(`alignment.${name}`)}</span>
      {pair[name].length === 0 ? (
        <span className="pair-empty">{t(`alignment.emptySide.${name}`)}</span>
      ) : (
        pair[name].map((id) => {
          const segment = index.segment.get(id);
          if (!segment) return null;
          return (
            <AlignedSentence
              key={id}
              segment={segment}
              marks={marks.get(id) ?? []}
              describedBy={`${domId}-pairing`}
              state={active === id ? 'active' : lit.has(id) ? 'lit' : null}
              onActivate={onActivate}
            />
          );
        })
      )}
    </div>
  );
  const links = pair.en.flatMap((id) => {
    const link = summaryLinks.get(id);
    return link ? [{ id, number: index.unit.en.findIndex((s) => s.id === id) + 1, link }] : [];
  });
  return (
    <li
      className={`aligned-pair status-${pair.status}${lit.size > 0 && pair.zh.concat(pair.en).some((id) => lit.has(id)) ? ' is-lit' : ''}`}
      aria-labelledby={`${domId}-head`}
    >
      <div className="pair-head" id={`${domId}-head`}>
        <StatusBadge status={pair.status} />
        <span className="pair-shape">
          {t('alignment.shape', { zh: pair.zh.length, en: pair.en.length })}
        </span>
      </div>
      <span id={`${domId}-pairing`} hidden>
        {pairing}
      </span>
      <div className="pair-sides">
        {side('zh')}
        {side('en')}
      </div>
      <PairDifferences pair={pair} />
      {links.map(({ id, number, link }) => (
        <SummaryLinks key={id} sentence={number} link={link} />
      ))}
    </li>
  );
}
