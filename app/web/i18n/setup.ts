/** i18next for the interface: three languages, detected from the URL, the last choice or the browser. */
import i18next from 'i18next';
import type { i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, UI_LANGUAGES, toUiLanguage } from './languages';

type Strings = { [key: string]: string | Strings };

/**
 * Locale files are `locales/<language>/<namespace>.json`: `common` for the shell, one namespace
 * per feature (its panel's strings), so that features never edit each other's files.
 */
const files = import.meta.glob<Strings>('./locales/*/*.json', { eager: true, import: 'default' });

export const resources: Record<string, Record<string, Strings>> = {};
for (const [path, strings] of Object.entries(files)) {
  const [, language = '', namespace = ''] =
    /\.\/locales\/([^/]+)\/([^/]+)\.json$/u.exec(path) ?? [];
  resources[language] = { ...resources[language], [namespace]: strings };
}
export const NAMESPACES = [
  ...new Set(Object.values(resources).flatMap((r) => Object.keys(r))),
].sort();

export const LANGUAGE_STORAGE_KEY = 'triglot.language';

/** Initialises i18next once; the chosen language is remembered in localStorage. */
export async function setupI18n(instance: i18n = i18next): Promise<i18n> {
  await instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      ns: NAMESPACES,
      defaultNS: 'common',
      supportedLngs: [...UI_LANGUAGES],
      fallbackLng: FALLBACK_LANGUAGE,
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'ui',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: (tag: string) => toUiLanguage(tag),
      },
      returnNull: false,
    });
  return instance;
}
