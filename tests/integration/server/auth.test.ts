import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAllRoutes } from '../../support/app-routes';
import { login, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { rawRequest, upgradeStatus } from '../../support/raw-http';

/**
 * Public by design: the login page and its script, the uptime probe (login POST too), and the
 * installable app's service worker, offline page and HTTPS help (lib/auth/public-paths.ts).
 */
const PUBLIC = new Set(['GET /login', 'GET /login/script.js', 'GET /api/health', 'POST /api/auth/login', 'GET /sw.js', 'GET /~offline', 'GET /help/https']);

let server: PaddockServer;

beforeAll(async () => {
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9' });
});
afterAll(async () => {
  await server?.stop();
});

describe('deny by default', () => {
  const routes = listAllRoutes();

  it('finds the app routes on disk', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.every((r) => r.methods.length > 0)).toBe(true);
    expect(routes).toContainEqual(expect.objectContaining({ urlPath: '/api/chat/turns', methods: ['POST'] }));
  });

  it('refuses every page and route handler without a session', async () => {
    const checked: string[] = [];
    for (const route of routes) {
      for (const method of route.methods) {
        const key = `${method} ${route.urlPath}`;
        if (PUBLIC.has(key)) continue;
        const response = await fetch(`${server.url}${route.urlPath}`, {
          method,
          redirect: 'manual',
          headers: { Accept: route.kind === 'page' ? 'text/html' : 'application/json', 'Content-Type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        });
        if (route.kind === 'page') {
          expect(response.status, key).toBe(303);
          expect(response.headers.get('location'), key).toMatch(/^\/login/);
        } else {
          expect(response.status, key).toBe(401);
          expect(await response.json(), key).toMatchObject({ code: 'unauthorized' });
        }
        checked.push(key);
      }
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  it('refuses unknown paths without a session instead of revealing a 404', async () => {
    const response = await fetch(`${server.url}/api/does-not-exist`);
    expect(response.status).toBe(401);
  });

  it('serves /api/health without a session and without secrets', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ ok: true, version: expect.any(String), gateway: { reachable: false, status: 'unreachable' } });
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    const response = await rawRequest(`${server.url}/api/health`, { headers: { Host: 'attacker.example' } });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'host_not_allowed' });
  });

  it('sets the security headers, a nonce CSP without third-party origins, and no-store on /api', async () => {
    const page = await fetch(`${server.url}/login`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/https?:\/\//);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    const html = await page.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(/<script [^>]*>/.exec(html)?.[0]).toContain(`nonce="${nonce}"`);
    const api = await fetch(`${server.url}/api/health`);
    expect(api.headers.get('cache-control')).toMatch(/^no-store\b/);
  });
});

describe('login', () => {
  it('shows a plain HTML form that posts without JavaScript', async () => {
    const html = await (await fetch(`${server.url}/login`)).text();
    const form = /<form[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="post"');
    expect(form).toContain('action="/api/auth/login"');
    expect(html).toMatch(/<input[^>]*name="password"/);
    expect(html).toMatch(/<button[^>]*type="submit"/);
    expect(html).not.toMatch(/<button[^>]*disabled/);
  });

  it('sends a wrong password back to the form with a message', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, { method: 'POST', body: new URLSearchParams({ password: 'nope', next: '/reviews' }), redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?error=invalid&next=%2Freviews');
    expect(response.headers.get('set-cookie')).toBeNull();
    const page = await (await fetch(`${server.url}${response.headers.get('location')}`)).text();
    expect(page).toContain('That password is not right');
  });

  it('lands where the user was going, with a non-Secure HttpOnly Lax cookie over plain HTTP', async () => {
    const gate = await fetch(`${server.url}/reviews`, { headers: { Accept: 'text/html' }, redirect: 'manual' });
    expect(gate.headers.get('location')).toBe('/login?next=%2Freviews');
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      body: new URLSearchParams({ password: 'correct horse battery staple', next: '/reviews' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/reviews');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).not.toMatch(/Secure/);
    const page = await fetch(`${server.url}/reviews`, { headers: { Cookie: cookie.split(';')[0] ?? '' }, redirect: 'manual' });
    expect(page.status).toBe(200);
  });

  it('accepts JSON logins too', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: 'correct horse battery staple' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, next: '/' });
  });

  it('answers 400 with a message to a login without a password', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/password/) });
  });

  it('refuses a login posted from a foreign origin', async () => {
    const response = await rawRequest(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'password=correct+horse+battery+staple',
    });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('logs out: the cookie is cleared', async () => {
    const cookie = await login(server);
    const response = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { Cookie: cookie }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toMatch(/paddock_session=; Path=\/; Max-Age=0/);
  });

  it('refuses WebSocket upgrades without a session or from a foreign origin before anything opens', async () => {
    const origin = server.url;
    expect(await upgradeStatus(server.port, '/api/terminal/ws', { Host: `127.0.0.1:${server.port}`, Origin: origin })).toMatch(/^HTTP\/1.1 401/);
    const cookie = await login(server);
    expect(await upgradeStatus(server.port, '/api/terminal/ws', { Host: `127.0.0.1:${server.port}`, Origin: 'http://evil.example', Cookie: cookie })).toMatch(/^HTTP\/1.1 403/);
    expect(await upgradeStatus(server.port, '/api/terminal/ws', { Host: 'evil.example', Origin: 'http://evil.example', Cookie: cookie })).toMatch(/^HTTP\/1.1 403/);
  });
});

describe('login rate limit', () => {
  it('answers 429 with Retry-After after five wrong passwords, and a forged X-Forwarded-For does not reset it', async () => {
    const isolated = await startPaddock();
    try {
      for (let i = 0; i < 5; i++) {
        const r = await fetch(`${isolated.url}/api/auth/login`, { method: 'POST', body: new URLSearchParams({ password: `wrong${i}` }), redirect: 'manual' });
        expect(r.status).toBe(303);
      }
      const blocked = await rawRequest(`${isolated.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '10.9.8.7' },
        body: 'password=correct+horse+battery+staple',
      });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body).toMatch(/Too many wrong passwords/);
      expect(blocked.headers['set-cookie']).toBeUndefined();
      const json = await fetch(`${isolated.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password: 'x' }) });
      expect(json.status).toBe(429);
      expect(await json.json()).toMatchObject({ code: 'rate_limited' });
    } finally {
      await isolated.stop();
    }
  });
});
