import { builtOnce } from './built-once';
import type { Locale } from './locales';

/** A message: plain text with `{name}` slots, or English plural forms chosen by `{count}`. */
export type Message = string | { one: string; other: string };

/** One feature's messages in every locale; zh-TW must have exactly the keys English has. */
export interface Catalogue<K extends string> {
  en: Record<K, Message>;
  'zh-TW': Record<K, Message>;
}

/**
 * Declares a catalogue. The zh-TW side is typed from the English keys, so a missing key or an
 * extra one is a compile error (and the completeness unit test reports it by name too).
 */
export function defineCatalogue<const E extends Record<string, Message>>(catalogue: {
  en: E;
  'zh-TW': { [K in keyof E]: Message };
}): Catalogue<keyof E & string> {
  return catalogue;
}

export type Vars = Record<string, string | number>;
export type Translate<K extends string> = (key: K, vars?: Vars) => string;

const SLOT = /\{(\w+)\}/g;
const SMALL_WHOLE_LIMIT = 1000;

const numberFormat = builtOnce((locale: Locale) => new Intl.NumberFormat(locale), (locale) => locale);
const plurals = builtOnce((locale: Locale) => new Intl.PluralRules(locale), (locale) => locale);

/** Fills `{name}` slots; numbers are written with the locale's digits grouping. Unknown slots stay visible. */
export function interpolate(template: string, locale: Locale, vars: Vars = {}): string {
  return template.replace(SLOT, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    // Both locales write a whole number below 1000 as its plain digits; skipping Intl here spares a
    // screen's first render the costly first NumberFormat (unread counts are almost always small).
    return Number.isInteger(value) && value >= 0 && value < SMALL_WHOLE_LIMIT ? String(value) : numberFormat(locale).format(value);
  });
}

/** Picks the plural form for `count` with the locale's rules, then fills the slots. */
export function formatMessage(message: Message, locale: Locale, vars: Vars = {}): string {
  if (typeof message === 'string') return interpolate(message, locale, vars);
  const count = typeof vars.count === 'number' ? vars.count : Number(vars.count ?? 0);
  const form = plurals(locale).select(count) === 'one' ? message.one : message.other;
  return interpolate(form, locale, vars);
}

/** A translator for one catalogue in one locale. */
export function translator<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translate<K> {
  const messages = catalogue[locale];
  return (key, vars) => formatMessage(messages[key] ?? catalogue.en[key] ?? key, locale, vars);
}
