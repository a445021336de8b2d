import { useTranslation } from 'react-i18next';
import { FOLD_NAMES } from '../../search';
import type { FoldName, Folds } from '../../search';

interface Props {
  folds: Folds;
  onChange: (folds: Folds) => void;
}

/**
 * The four normalisations as switches (all on by default, as SPEC says). Closed unless one is off,
 * so that a search that ignores marks or script says so at a glance.
 */
export function FoldOptions({ folds, onChange }: Props) {
  const { t } = useTranslation('search');
  const off = FOLD_NAMES.filter((name) => !folds[name]);
  return (
    <details className="search-folds" open={off.length > 0 || undefined}>
      <summary>
        {off.length === 0
          ? t('folds.allOn')
          : t('folds.someOff', { list: off.map((n) => t(`folds.short.${n}`)).join(', ') })}
      </summary>
      <fieldset>
        <legend className="search-sr-only">{t('folds.legend')}</legend>
        {FOLD_NAMES.map((name: FoldName) => (
          <label key={name} className="fold-option">
            <input
              type="checkbox"
              checked={folds[name]}
              onChange={() => onChange({ ...folds, [name]: !folds[name] })}
            />
            <span>{t(`folds.${name}`)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
