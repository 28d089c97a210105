import { describe, expect, it } from 'vitest';
import { localeFromLanguages, matchLocale, negotiateLocale, parseAcceptLanguage } from '@/lib/i18n/negotiate';

describe('parseAcceptLanguage', () => {
  it('orders tags by weight, keeping the header order for equal weights', () => {
    expect(parseAcceptLanguage('en-US;q=0.8, zh-TW, ja;q=0.9, fr;q=0.8')).toEqual(['zh-TW', 'ja', 'en-US', 'fr']);
  });

  it('drops malformed entries, the wildcard and q=0', () => {
    expect(parseAcceptLanguage('*, zh-TW;q=0, en;q=abc, <script>, de')).toEqual(['de']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });
});

describe('matchLocale', () => {
  it('reads any Traditional-script Chinese as zh-TW and Simplified as no match', () => {
    expect(['zh-TW', 'zh-tw', 'zh-Hant', 'zh-Hant-TW', 'zh-HK', 'zh-MO'].map(matchLocale)).toEqual(Array(6).fill('zh-TW'));
    expect(['zh-CN', 'zh-Hans', 'zh-SG', 'zh'].map(matchLocale)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads every English as en and other languages as no match', () => {
    expect(['en', 'en-US', 'en-GB'].map(matchLocale)).toEqual(['en', 'en', 'en']);
    expect(matchLocale('ja-JP')).toBeUndefined();
  });
});

describe('negotiateLocale', () => {
  it('follows the browser when the device has no choice', () => {
    expect(negotiateLocale(undefined, 'zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('zh-TW');
    expect(negotiateLocale(undefined, 'ja, zh-HK;q=0.5, en;q=0.4')).toBe('zh-TW');
    expect(negotiateLocale(undefined, 'en-GB, zh-TW;q=0.5')).toBe('en');
  });

  it('lets the device cookie win over the browser', () => {
    expect(negotiateLocale('en', 'zh-TW')).toBe('en');
    expect(negotiateLocale('zh-TW', 'en-US')).toBe('zh-TW');
  });

  it('falls back to English for an unknown cookie or a language Paddock does not speak', () => {
    expect(negotiateLocale('fr', 'de-DE, ja')).toBe('en');
    expect(negotiateLocale(undefined, 'zh-CN')).toBe('en');
    expect(negotiateLocale(undefined, undefined)).toBe('en');
  });

  it('matches navigator.languages the same way', () => {
    expect(localeFromLanguages(['zh-Hant-TW', 'en'])).toBe('zh-TW');
    expect(localeFromLanguages(['fr-FR'])).toBe('en');
  });
});
