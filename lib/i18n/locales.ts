/** The languages Paddock speaks. English is the fallback when nothing the browser asks for matches. */
export const LOCALES = ['en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The device's own choice, kept in a cookie so the server renders the right language on first paint. */
export const LOCALE_COOKIE = 'paddock-locale';

/** What `<html lang>` says for each locale (BCP 47, script included so readers pick Traditional glyphs). */
export const HTML_LANG: Record<Locale, string> = { en: 'en', 'zh-TW': 'zh-Hant-TW' };

/** Each language's name in itself, for the switch in Settings. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-TW': '繁體中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
