import { describe, expect, it } from 'vitest';
import { compactCount, formatFull, formatWhen } from '@/components/ui/format-when';

const NOW = Date.parse('2026-11-24T02:00:00Z'); // 10:00 on Tuesday 24 Nov in Taipei
const TAIPEI = { locale: 'en-GB', timeZone: 'Asia/Taipei', now: NOW };

describe('formatWhen', () => {
  it('names today, yesterday and tomorrow in the reader’s zone', () => {
    expect(formatWhen(Date.parse('2026-11-24T00:00:33Z'), TAIPEI)).toBe('Today, 08:00');
    // 23:30 UTC on the 23rd is already the 24th in Taipei.
    expect(formatWhen(Date.parse('2026-11-23T23:30:00Z'), TAIPEI)).toBe('Today, 07:30');
    expect(formatWhen(Date.parse('2026-11-23T01:00:00Z'), TAIPEI)).toBe('Yesterday, 09:00');
    expect(formatWhen(Date.parse('2026-11-25T00:00:00Z'), TAIPEI)).toBe('Tomorrow, 08:00');
  });

  it('uses the weekday within a week, the date this year, and the year before', () => {
    expect(formatWhen(Date.parse('2026-11-20T00:00:00Z'), TAIPEI)).toBe('Fri 08:00');
    expect(formatWhen(Date.parse('2026-03-02T00:00:00Z'), TAIPEI)).toBe('2 Mar, 08:00');
    expect(formatWhen(Date.parse('2025-03-02T00:00:00Z'), TAIPEI)).toBe('2 Mar 2025');
  });

  it('follows the locale', () => {
    expect(formatWhen(Date.parse('2026-11-24T00:00:33Z'), { ...TAIPEI, locale: 'zh-TW' })).toBe('今天 上午8:00');
    expect(formatWhen(Date.parse('2026-11-24T00:00:33Z'), { ...TAIPEI, locale: 'en-US' })).toBe('Today, 8:00 AM');
  });

  it('writes the full date for headers', () => {
    expect(formatFull(Date.parse('2026-11-24T00:00:33Z'), { locale: 'en-GB', timeZone: 'Asia/Taipei' })).toMatch(/^Tuesday,? 24 November 2026 at 08:00$/);
  });
});

describe('compactCount', () => {
  it('shortens large numbers the same way everywhere', () => {
    expect([0, 950, 1000, 1234, 12_345, 999_999, 2_400_000].map((n) => compactCount(n))).toEqual(['0', '950', '1k', '1.2k', '12k', '1000k', '2.4M']);
  });

  it('counts in 萬 for Chinese', () => {
    expect([950, 12_345, 2_400_000].map((n) => compactCount(n, 'zh-TW'))).toEqual(['950', '1.2萬', '240萬']);
  });
});
