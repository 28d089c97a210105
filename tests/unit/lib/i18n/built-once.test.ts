import { describe, expect, it } from 'vitest';
import { builtOnce } from '@/lib/i18n/built-once';

describe('builtOnce', () => {
  it('builds once per key and hands back the same value after that', () => {
    const built: string[] = [];
    const format = builtOnce(
      (locale: string, options: Intl.DateTimeFormatOptions) => {
        built.push(locale);
        return new Intl.DateTimeFormat(locale, options);
      },
      (locale, options) => `${locale}|${JSON.stringify(options)}`,
    );
    const first = format('en', { weekday: 'short' });
    expect(format('en', { weekday: 'short' })).toBe(first);
    expect(format('en', { month: 'short' })).not.toBe(first);
    expect(format('zh-TW', { weekday: 'short' }).resolvedOptions().locale).toBe('zh-TW');
    expect(built).toEqual(['en', 'en', 'zh-TW']);
  });
});
