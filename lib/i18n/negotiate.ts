import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * Maps one BCP 47 tag to a Paddock locale. Any Chinese written in Traditional script (zh-TW, zh-HK,
 * zh-MO, zh-Hant…) reads zh-TW; Simplified Chinese (zh-CN, zh-Hans, zh-SG) does not, because
 * showing Traditional text to a Simplified reader is a worse guess than English.
 */
export function matchLocale(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) {
    const parts = lower.split('-').slice(1);
    if (parts.includes('hant') || parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-TW';
    return undefined;
  }
  return undefined;
}

/** Parses an Accept-Language header into tags, most wanted first; malformed entries are dropped. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries = header.split(',').flatMap((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag.trim())) return [];
    const q = params.find((p) => /^\s*q=/i.test(p));
    const weight = q === undefined ? 1 : /^\s*q=(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.test(q) ? Number(q.trim().slice(2)) : 0;
    return Number.isFinite(weight) && weight > 0 ? [{ tag: tag.trim(), weight, index }] : [];
  });
  return entries.sort((a, b) => b.weight - a.weight || a.index - b.index).map((e) => e.tag);
}

/** The first of the reader's languages Paddock speaks, else English. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** The device's choice (cookie) wins; otherwise the browser's languages (Accept-Language). */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  return localeFromLanguages(parseAcceptLanguage(acceptLanguage));
}
