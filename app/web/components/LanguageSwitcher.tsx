import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, toUiLanguage } from '../i18n/languages';

/** Switches the interface language; i18next's detector remembers the choice. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = toUiLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <label className="control">
      <span className="control-label">{t('settings.language')}</span>
      <select value={current} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {UI_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`settings.languageNames.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
