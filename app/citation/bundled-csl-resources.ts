/** The vendored CSL styles and locale bundled by Vite as text (the web reader; Vitest too). */
import apa from './csl/apa.csl?raw';
import chicagoAuthorDate from './csl/chicago-author-date.csl?raw';
import localeEnUs from './csl/locales-en-US.xml?raw';
import type { CslResources } from './csl-resources';

/** The same files `loadCslResources` reads from disk, as bundled strings. */
export const bundledCslResources: CslResources = {
  styles: { 'chicago-author-date': chicagoAuthorDate, apa },
  locales: { 'en-US': localeEnUs },
};
