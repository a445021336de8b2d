/** i18next for the interface: three languages, detected from the URL, the last choice or the browser. */
import i18next from 'i18next';
import type { i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';
import zhHant from './locales/zh-Hant.json';
import { FALLBACK_LANGUAGE, UI_LANGUAGES, toUiLanguage } from './languages';

export const resources = {
  'zh-Hant': { translation: zhHant },
  en: { translation: en },
  vi: { translation: vi },
} as const;

export const LANGUAGE_STORAGE_KEY = 'triglot.language';

/** Initialises i18next once; the chosen language is remembered in localStorage. */
export async function setupI18n(instance: i18n = i18next): Promise<i18n> {
  await instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
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
