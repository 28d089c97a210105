import { describe, expect, it } from 'vitest';
import { apiAreaOf, isUserCache, OFFLINE_AREAS, PHOTO_CACHE, STATIC_CACHE, pageAreaOf } from '@/lib/pwa/offline-areas';

describe('offline areas', () => {
  it('names every cache of user data with the prefix logout clears, and the build cache without it', () => {
    for (const area of OFFLINE_AREAS) {
      expect(isUserCache(area.pageCache)).toBe(true);
      expect(isUserCache(area.apiCache)).toBe(true);
    }
    expect(isUserCache(PHOTO_CACHE)).toBe(true);
    expect(isUserCache(STATIC_CACHE)).toBe(false);
    expect(isUserCache('serwist-precache-v2-https://paddock/')).toBe(false);
  });

  it('gives every cache its own name', () => {
    const names = [...OFFLINE_AREAS.flatMap((a) => [a.pageCache, a.apiCache]), PHOTO_CACHE, STATIC_CACHE];
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the inbox plus the last 50 reviews, and bounds every other area', () => {
    const reviews = OFFLINE_AREAS.find((a) => a.name === 'reviews');
    expect(reviews?.maxPages).toBeGreaterThanOrEqual(51);
    for (const area of OFFLINE_AREAS) {
      expect(area.maxPages).toBeLessThanOrEqual(60);
      expect(area.maxApiReplies).toBeLessThanOrEqual(60);
    }
  });

  it('finds the area of a page or API path by its first segment only', () => {
    expect(pageAreaOf('/reviews')?.name).toBe('reviews');
    expect(pageAreaOf('/sessions/abc')?.name).toBe('sessions');
    expect(pageAreaOf('/reviewsx')).toBeUndefined();
    expect(pageAreaOf('/chat')).toBeUndefined();
    expect(pageAreaOf('/chat/pwa-1/extra')).toBeUndefined();
    expect(apiAreaOf('/api/skills/x')?.name).toBe('skills');
    expect(apiAreaOf('/api/chat/turns')).toBeUndefined();
  });
});
