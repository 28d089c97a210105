import { describe, expect, it } from 'vitest';
import { documentUrlOf, isFresh, WARM_MIN_AGE_MS } from '@/lib/pwa/worker/page-warmer';

describe('page warmer helpers', () => {
  it("turns an RSC navigation URL into the page's document URL, keeping its own query", () => {
    expect(documentUrlOf(new URL('https://p.example/reviews?job=abc&_rsc=1x9z#top')).href).toBe('https://p.example/reviews?job=abc');
    expect(documentUrlOf(new URL('https://p.example/sessions/s1?_rsc=q')).href).toBe('https://p.example/sessions/s1');
  });

  it('treats a copy as fresh only within WARM_MIN_AGE_MS of its Date header', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const at = (ms: number) => new Response('', { headers: { date: new Date(now - ms).toUTCString() } });
    expect(isFresh(at(60_000), now)).toBe(true);
    expect(isFresh(at(WARM_MIN_AGE_MS + 1000), now)).toBe(false);
    expect(isFresh(new Response(''), now)).toBe(false);
    expect(isFresh(undefined, now)).toBe(false);
  });
});
