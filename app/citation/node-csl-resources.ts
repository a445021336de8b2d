/** Reads the vendored CSL styles and locale from disk (Node: the command line and the tests). */
import { readFileSync } from 'node:fs';
import type { CslResources } from './csl-resources';

const DIR = new URL('./csl/', import.meta.url);

let cached: CslResources | null = null;

/** The vendored styles and the en-US locale, read once. */
export function loadCslResources(): CslResources {
  cached ??= {
    styles: {
      'chicago-author-date': readFileSync(new URL('chicago-author-date.csl', DIR), 'utf8'),
      apa: readFileSync(new URL('apa.csl', DIR), 'utf8'),
    },
    locales: { 'en-US': readFileSync(new URL('locales-en-US.xml', DIR), 'utf8') },
  };
  return cached;
}
