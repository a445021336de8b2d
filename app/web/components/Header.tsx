import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useTheme } from './theme';

interface Props {
  panelsOpen: boolean;
  onTogglePanels: () => void;
}

/** The banner: skip link, name, panel toggle, interface language and theme. */
export function Header({ panelsOpen, onTogglePanels }: Props) {
  const { t } = useTranslation();
  const [theme, toggleTheme] = useTheme();
  return (
    <header className="app-header">
      <a className="skip-link" href="#text">
        {t('app.skipToText')}
      </a>
      <button
        type="button"
        className="icon-button panels-toggle"
        aria-expanded={panelsOpen}
        aria-controls="sidebar"
        aria-label={panelsOpen ? t('panels.hide') : t('panels.show')}
        onClick={onTogglePanels}
      >
        <Icon name="panels" />
      </button>
      <p className="app-name">
        <span className="app-name-mark">{t('app.name')}</span>
        <span className="app-tagline">{t('app.tagline')}</span>
      </p>
      <div className="app-controls">
        <LanguageSwitcher />
        <button
          type="button"
          className="icon-button"
          aria-pressed={theme === 'dark'}
          aria-label={t('settings.themeDark')}
          title={theme === 'dark' ? t('settings.themeLight') : t('settings.themeDark')}
          onClick={toggleTheme}
        >
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
        </button>
      </div>
    </header>
  );
}
