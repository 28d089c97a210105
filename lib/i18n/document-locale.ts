import { DEFAULT_LOCALE, HTML_LANG, LOCALES, type Locale } from './locales';

/**
 * The page's locale for browser code outside React (fetch helpers, stream readers): the root layout
 * writes it into `<html lang>`, so it is the same one the components render with.
 */
export function documentLocale(): Locale {
  if (typeof document === 'undefined') return DEFAULT_LOCALE;
  const lang = document.documentElement.lang;
  return LOCALES.find((locale) => HTML_LANG[locale] === lang || locale === lang) ?? DEFAULT_LOCALE;
}
