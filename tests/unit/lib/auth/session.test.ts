import { describe, expect, it, vi } from 'vitest';
import { passwordMatches } from '@/lib/auth/password';
import { FailureRateLimiter } from '@/lib/auth/rate-limit';
import { clearedSessionCookie, isValidSession, readCookie, sealSession, sessionCookie } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/login';

const keys = { secret: 's'.repeat(40), password: 'correct horse' };

describe('sessions', () => {
  it('accepts a session it sealed', async () => {
    expect(await isValidSession(await sealSession(keys), keys)).toBe(true);
  });

  it('rejects a session after the password changes', async () => {
    const sealed = await sealSession(keys);
    expect(await isValidSession(sealed, { ...keys, password: 'new password' })).toBe(false);
  });

  it('rejects a session sealed with another secret, a tampered seal, and garbage', async () => {
    const sealed = await sealSession(keys);
    expect(await isValidSession(sealed, { ...keys, secret: 't'.repeat(40) })).toBe(false);
    expect(await isValidSession(`${sealed.slice(0, -4)}AAAA`, keys)).toBe(false);
    expect(await isValidSession('nonsense', keys)).toBe(false);
    expect(await isValidSession(undefined, keys)).toBe(false);
  });

  it('accepts a 29-day-old session and rejects a 31-day-old one', async () => {
    const sealed = await sealSession(keys);
    const day = 24 * 3600 * 1000;
    vi.useFakeTimers({ now: Date.now() + 29 * day });
    expect(await isValidSession(sealed, keys)).toBe(true);
    vi.setSystemTime(Date.now() + 2 * day);
    expect(await isValidSession(sealed, keys)).toBe(false);
    vi.useRealTimers();
  });

  it('sets HttpOnly, SameSite=Lax and a 30-day Max-Age, with Secure per mode', () => {
    expect(sessionCookie('v', 'never', true)).toBe('paddock_session=v; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax');
    expect(sessionCookie('v', 'always', false)).toMatch(/; Secure$/);
    expect(sessionCookie('v', 'auto', true)).toMatch(/; Secure$/);
    expect(sessionCookie('v', 'auto', false)).not.toMatch(/Secure/);
    expect(clearedSessionCookie('auto', false)).toMatch(/Max-Age=0/);
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; paddock_session=xyz; b=2', 'paddock_session')).toBe('xyz');
    expect(readCookie('a=1', 'paddock_session')).toBeUndefined();
    expect(readCookie(undefined, 'paddock_session')).toBeUndefined();
  });
});

describe('passwordMatches', () => {
  it('matches only the exact password, whatever the lengths', () => {
    expect(passwordMatches('hunter2', 'hunter2')).toBe(true);
    expect(passwordMatches('hunter', 'hunter2')).toBe(false);
    expect(passwordMatches('hunter22', 'hunter2')).toBe(false);
    expect(passwordMatches('', 'hunter2')).toBe(false);
  });
});

describe('FailureRateLimiter', () => {
  it('blocks a client after the fifth failure until the window passes', () => {
    const limiter = new FailureRateLimiter(5, 60_000);
    for (let i = 0; i < 5; i++) {
      expect(limiter.check('1.2.3.4', 1000).allowed).toBe(true);
      limiter.recordFailure('1.2.3.4', 1000);
    }
    expect(limiter.check('1.2.3.4', 1000)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.check('5.6.7.8', 1000).allowed).toBe(true);
    expect(limiter.check('1.2.3.4', 61_000).allowed).toBe(true);
  });

  it('forgets failures after a successful login', () => {
    const limiter = new FailureRateLimiter(2, 60_000);
    limiter.recordFailure('a', 0);
    limiter.recordFailure('a', 0);
    limiter.reset('a');
    expect(limiter.check('a', 0).allowed).toBe(true);
  });
});

describe('safeNextPath', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeNextPath('/reviews?x=1')).toBe('/reviews?x=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, '/login?next=/x']) {
      expect(safeNextPath(bad)).toBe('/');
    }
  });
});
