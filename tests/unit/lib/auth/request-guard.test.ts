import { describe, expect, it } from 'vitest';
import { decideRequest, hostWithoutPort, type GuardInput } from '@/lib/auth/request-guard';

const hosts = new Set(['localhost', '127.0.0.1', 'box.tail.ts.net']);

function input(overrides: Partial<GuardInput>): GuardInput {
  return {
    method: 'GET',
    pathname: '/chat',
    search: '',
    host: '127.0.0.1:3000',
    origin: undefined,
    secFetchSite: undefined,
    accept: 'text/html',
    isUpgrade: false,
    authenticated: false,
    ...overrides,
  };
}

describe('decideRequest', () => {
  it('redirects an anonymous page request to login with the path to return to', () => {
    expect(decideRequest(input({ pathname: '/reviews', search: '?x=1' }), hosts)).toEqual({ action: 'redirect', location: '/login?next=%2Freviews%3Fx%3D1' });
  });

  it('answers 401 to an anonymous API call', () => {
    expect(decideRequest(input({ pathname: '/api/gateway/status', accept: '*/*' }), hosts)).toMatchObject({ action: 'reject', status: 401, code: 'unauthorized' });
  });

  it('allows the public allowlist without a session', () => {
    for (const pathname of ['/login', '/api/health', '/_next/static/chunks/a.js', '/manifest.webmanifest', '/sw.js', '/icons/icon-192.png']) {
      expect(decideRequest(input({ pathname }), hosts)).toEqual({ action: 'allow' });
    }
    expect(decideRequest(input({ method: 'POST', pathname: '/api/auth/login' }), hosts)).toEqual({ action: 'allow' });
  });

  it('does not treat GET /api/auth/login or look-alike paths as public', () => {
    expect(decideRequest(input({ pathname: '/api/auth/login', accept: '*/*' }), hosts)).toMatchObject({ status: 401 });
    expect(decideRequest(input({ pathname: '/api/health/x', accept: '*/*' }), hosts)).toMatchObject({ status: 401 });
    expect(decideRequest(input({ pathname: '/login/../api/x', accept: '*/*' }), hosts)).toMatchObject({ status: 401 });
  });

  it('refuses a Host that is not allowed, even with a session (DNS rebinding)', () => {
    expect(decideRequest(input({ host: 'evil.example:3000', authenticated: true }), hosts)).toMatchObject({ status: 403, code: 'host_not_allowed' });
    expect(decideRequest(input({ host: undefined, authenticated: true }), hosts)).toMatchObject({ status: 403 });
  });

  it('refuses a state change from a foreign Origin, even with a session', () => {
    expect(decideRequest(input({ method: 'POST', pathname: '/api/auth/logout', origin: 'https://evil.example', authenticated: true }), hosts)).toMatchObject({ status: 403, code: 'origin_not_allowed' });
  });

  it('refuses a login post from a foreign Origin (login CSRF)', () => {
    expect(decideRequest(input({ method: 'POST', pathname: '/api/auth/login', origin: 'http://evil.example' }), hosts)).toMatchObject({ status: 403 });
  });

  it('refuses cross-site state changes flagged by Sec-Fetch-Site', () => {
    expect(decideRequest(input({ method: 'DELETE', secFetchSite: 'cross-site', authenticated: true }), hosts)).toMatchObject({ status: 403 });
  });

  it('allows a same-origin state change and one without Origin from a non-browser client', () => {
    expect(decideRequest(input({ method: 'POST', origin: 'http://127.0.0.1:3000', authenticated: true }), hosts)).toEqual({ action: 'allow' });
    expect(decideRequest(input({ method: 'POST', authenticated: true }), hosts)).toEqual({ action: 'allow' });
  });

  it('requires a same-origin Origin on every WebSocket upgrade', () => {
    expect(decideRequest(input({ isUpgrade: true, authenticated: true }), hosts)).toMatchObject({ status: 403 });
    expect(decideRequest(input({ isUpgrade: true, authenticated: true, origin: 'http://other:3000' }), hosts)).toMatchObject({ status: 403 });
    expect(decideRequest(input({ isUpgrade: true, authenticated: true, origin: 'http://127.0.0.1:3000' }), hosts)).toEqual({ action: 'allow' });
    expect(decideRequest(input({ isUpgrade: true, origin: 'http://127.0.0.1:3000' }), hosts)).toMatchObject({ status: 401 });
  });

  it('reads host names from Host headers with ports and IPv6 brackets', () => {
    expect(hostWithoutPort('Box.Tail.ts.net:443')).toBe('box.tail.ts.net');
    expect(hostWithoutPort('[::1]:3000')).toBe('::1');
  });
});
