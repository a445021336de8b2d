/** The interface languages, as BCP 47 tags, and how a browser's language maps onto them. */
export const UI_LANGUAGES = ['zh-Hant', 'en', 'vi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: UiLanguage = 'en';

/** Maps a detected tag (`zh-TW`, `zh-Hant-HK`, `vi-VN`, `en-GB`…) to an interface language. */
export function toUiLanguage(tag: string | undefined | null): UiLanguage {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('vi')) return 'vi';
  if (lower.startsWith('en')) return 'en';
  // Traditional Chinese (Taiwan, Hong Kong, Macau, or an explicit Hant) — and, lacking a
  // Simplified interface, any other Chinese: the article itself is in Traditional characters.
  if (lower.startsWith('zh')) return 'zh-Hant';
  return FALLBACK_LANGUAGE;
}
