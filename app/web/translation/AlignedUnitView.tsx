import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AlignedUnit,
  AlignedUnitName,
  SummaryLink,
} from '../../../corpus/alignment/alignment-types';
import { AlignedPair } from './AlignedPair';
import { indexUnit, litWith } from './alignment-index';

interface Props {
  name: AlignedUnitName;
  unit: AlignedUnit;
  active: string | null;
  onActivate: (id: string | null) => void;
  summaryLinks: Map<string, SummaryLink>;
}

/** One aligned unit (title, keywords or abstract): its pairs in reading order, Chinese | English. */
export function AlignedUnitView({ name, unit, active, onActivate, summaryLinks }: Props) {
  const { t } = useTranslation('translation');
  const index = useMemo(() => indexUnit(unit), [unit]);
  const lit = litWith(index, active);
  return (
    <section className="aligned-unit" aria-labelledby={`unit-${name}`}>
      <h2 className="panel-heading" id={`unit-${name}`}>
        {t(`units.${name}`)}
      </h2>
      <ol className="aligned-pairs">
        {unit.pairs.map((pair) => (
          <AlignedPair
            key={pair.id}
            unitName={name}
            pair={pair}
            index={index}
            lit={lit}
            active={active}
            onActivate={onActivate}
            summaryLinks={summaryLinks}
          />
        ))}
      </ol>
    </section>
  );
}
