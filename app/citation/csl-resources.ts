/** The CSL styles and locales a citation is rendered with (the vendored files in `csl/`). */

export const CITATION_STYLES = ['chicago-author-date', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface CslResources {
  /** Style id → the style's XML. */
  styles: Record<CitationStyle, string>;
  /** Locale tag (`en-US`) → the locale's XML. */
  locales: Record<string, string>;
}

/** The locale every citation string is written in. */
export const OUTPUT_LOCALE = 'en-US';
