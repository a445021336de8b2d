/** The language providers of the reading pane (see `language-overrides.ts`); one line each. */
import type { LanguageProvider } from './language-overrides';
import { vietnameseLanguages } from '../translation/vietnamese-languages';

export const LANGUAGE_PROVIDERS: readonly LanguageProvider[] = [vietnameseLanguages];
