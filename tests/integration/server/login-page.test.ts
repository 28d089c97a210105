import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaddock, type PaddockServer } from '../../support/paddock-server';

/** GET /login as the production server answers it: plain HTML, no Next client runtime, one script. */
let server: PaddockServer;

beforeAll(async () => {
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9' });
});
afterAll(async () => {
  await server?.stop();
});

function scriptTags(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
}

describe('GET /login', () => {
  it('is a 200 HTML document that nothing caches, with the CSP nonce on its only script', async () => {
    const response = await fetch(`${server.url}/login`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    const scripts = scriptTags(await response.text());
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script src="\/login\/script\.js\?v=[0-9a-f]{16}" /);
    expect(scripts[0]).toContain(`nonce="${nonce}"`);
  });

  it('loads nothing of Next or React: no /_next/static scripts, preloads or stylesheets', async () => {
    const html = await (await fetch(`${server.url}/login`)).text();
    expect(html).not.toContain('/_next/');
    expect(html).not.toContain('self.__next_f');
  });

  it('serves its script from the public path, for a year at its versioned URL', async () => {
    const html = await (await fetch(`${server.url}/login`)).text();
    const src = /<script src="([^"]+)"/.exec(html)?.[1] ?? '';
    const script = await fetch(`${server.url}${src.replaceAll('&amp;', '&')}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await script.text();
    expect(body.length).toBeLessThan(8 * 1024);
    expect(body).toContain('/sw.js');
    const stale = await fetch(`${server.url}/login/script.js?v=0000000000000000`);
    expect(stale.headers.get('cache-control')).toBe('no-cache');
    expect(await stale.text()).toBe(body);
  });

  it('shows the error for ?error= and escapes whatever ?next= holds', async () => {
    const next = `"><script>alert(1)</script>`;
    const html = await (await fetch(`${server.url}/login?error=invalid&next=${encodeURIComponent(next)}`)).text();
    expect(html).toContain('<p id="login-error" role="alert" class="error small">That password is not right. Try again.</p>');
    expect(html).toContain('aria-describedby="login-error"');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(scriptTags(html)).toHaveLength(1);
  });

  it('speaks the language of the cookie or of Accept-Language, and wears the theme of its cookie', async () => {
    const zh = await (await fetch(`${server.url}/login`, { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9' } })).text();
    expect(zh).toContain('<html lang="zh-Hant-TW"');
    expect(zh).toContain('<title>登入 · Paddock</title>');
    const en = await (await fetch(`${server.url}/login`, { headers: { 'Accept-Language': 'zh-TW', Cookie: 'paddock-locale=en; pd-theme=sepia.dark' } })).text();
    expect(en).toContain('<html lang="en" data-theme="sepia" data-mode="dark">');
    expect(en).toContain('<meta name="theme-color" content="#1a1411"/>');
  });
});

describe('GET /login without a configured password', () => {
  it('sends the visitor to the app, which is open on loopback', async () => {
    const open = await startPaddock({ CLAUDE_PASSWORD: undefined, HERMES_API_URL: 'http://127.0.0.1:9' });
    try {
      const response = await fetch(`${open.url}/login`, { redirect: 'manual' });
      expect(response.status).toBe(307);
      expect(response.headers.get('location')).toBe('/');
    } finally {
      await open.stop();
    }
  });
});
