import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';

/** What every /api reply carries, whether Next or the server itself (a chat turn) answers it. */
let gateway: FakeGateway;
let server: PaddockServer;
let cookie: string;

beforeAll(async () => {
  gateway = await startFakeGateway({ apiKey: 'k' });
  server = await startPaddock({ HERMES_API_URL: `http://127.0.0.1:${gateway.port}`, HERMES_API_KEY: 'k' });
  cookie = await login(server);
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
});

function expectLockedDown(response: Response): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('nonce-');
  expect(csp).not.toContain('script-src');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('/api security headers', () => {
  it('lock a JSON reply down with a fixed CSP that allows nothing, no per-request nonce', async () => {
    const a = await fetch(`${server.url}/api/chat/conversations`, { headers: { Cookie: cookie } });
    const b = await fetch(`${server.url}/api/chat/conversations`, { headers: { Cookie: cookie } });
    expect(a.status).toBe(200);
    expectLockedDown(a);
    expect(a.headers.get('content-security-policy')).toBe(b.headers.get('content-security-policy'));
    expect(a.headers.get('cache-control')).toMatch(/^no-store\b/);
  });

  it('lock a streamed chat turn down the same way', async () => {
    const response = await fetch(`${server.url}/api/chat/turns`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: `pwa-${crypto.randomUUID()}`, messageId: crypto.randomUUID(), text: 'hello' }),
    });
    expect(response.status).toBe(200);
    expectLockedDown(response);
    await response.text();
  });

  it('keep a page on its own nonce policy', async () => {
    const page = await fetch(`${server.url}/chat`, { headers: { Cookie: cookie } });
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  });
});
