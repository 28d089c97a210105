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

/** Fills `{name}` slots; numbers are written with the locale's digits grouping. Unknown slots stay visible. */
export function interpolate(template: string, locale: Locale, vars: Vars = {}): string {
  return template.replace(SLOT, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** Picks the plural form for `count` with the locale's rules, then fills the slots. */
export function formatMessage(message: Message, locale: Locale, vars: Vars = {}): string {
  if (typeof message === 'string') return interpolate(message, locale, vars);
  const count = typeof vars.count === 'number' ? vars.count : Number(vars.count ?? 0);
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? message.one : message.other;
  return interpolate(form, locale, vars);
}

/** A translator for one catalogue in one locale. */
export function translator<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translate<K> {
  const messages = catalogue[locale];
  return (key, vars) => formatMessage(messages[key] ?? catalogue.en[key] ?? key, locale, vars);
}
