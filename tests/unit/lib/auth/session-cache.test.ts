import { describe, expect, it } from 'vitest';
import { sealSession } from '@/lib/auth/session';
import { SessionCheckCache, SESSION_CACHE_MS } from '@/lib/auth/session-cache';

const keys = { secret: 'k'.repeat(40), password: 'pw' };

describe('SessionCheckCache', () => {
  it('accepts a valid cookie and keeps accepting it from the cache until the entry ages out', async () => {
    const cache = new SessionCheckCache(keys);
    const sealed = await sealSession(keys);
    expect(await cache.isValid(sealed, 1_000)).toBe(true);
    expect(await cache.isValid(sealed, 1_000 + SESSION_CACHE_MS - 1)).toBe(true);
  });

  it('never caches a rejection, and a tampered cookie is a miss', async () => {
    const cache = new SessionCheckCache(keys);
    const sealed = await sealSession(keys);
    await cache.isValid(sealed);
    const middle = Math.floor(sealed.length / 2);
    const tampered = `${sealed.slice(0, middle)}${sealed[middle] === 'A' ? 'B' : 'A'}${sealed.slice(middle + 1)}`;
    expect(await cache.isValid(tampered)).toBe(false);
    expect(await cache.isValid(undefined)).toBe(false);
    expect(await cache.isValid('garbage')).toBe(false);
  });

  it('re-verifies after clear(), so a password change takes effect', async () => {
    const sealed = await sealSession(keys);
    const before = new SessionCheckCache(keys);
    expect(await before.isValid(sealed)).toBe(true);
    const after = new SessionCheckCache({ ...keys, password: 'changed' });
    expect(await after.isValid(sealed)).toBe(false);
    before.clear();
    expect(await before.isValid(sealed)).toBe(true);
  });

  it('knows a cookie without a promise only once it was verified, and only until the entry ages out', async () => {
    const cache = new SessionCheckCache(keys);
    const sealed = await sealSession(keys);
    expect(cache.isKnownValid(sealed, 1_000)).toBe(false);
    expect(await cache.isValid(sealed, 1_000)).toBe(true);
    expect(cache.isKnownValid(sealed, 1_000 + SESSION_CACHE_MS - 1)).toBe(true);
    expect(cache.isKnownValid(sealed, 1_000 + SESSION_CACHE_MS)).toBe(false);
    expect(cache.isKnownValid(undefined)).toBe(false);
    cache.clear();
    expect(cache.isKnownValid(sealed, 1_000)).toBe(false);
  });
});
