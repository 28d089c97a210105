import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { login, startPaddock, type PaddockServer } from '../../support/paddock-server';

const KEY = 'integration-key';
let gateway: FakeGateway;
let server: PaddockServer;
let cookie: string;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  gateway = await startFakeGateway({ apiKey: KEY });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY });
  cookie = await login(server);
  api = apiClient(server, cookie);
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
});

describe('without HERMES_HOME', () => {
  it.each([
    ['GET', '/api/reviews'],
    ['GET', '/api/reviews/unread'],
    ['GET', '/api/reviews/50b370ec83f5/2026-11-23_08-00-41'],
    ['POST', '/api/reviews/50b370ec83f5/2026-11-23_08-00-41/read'],
    ['GET', '/api/sessions'],
    ['GET', '/api/sessions/api-f4bfee8e12e3bdc3'],
    ['GET', '/api/sessions/search?q=oats'],
  ])('%s %s answers 503 feature_unavailable naming HERMES_HOME', async (method, path) => {
    const { status, body } = await api(path, { method });
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/HERMES_HOME/) });
  });

  it('still lists and runs jobs through the gateway', async () => {
    const list = await api<{ jobs: unknown[]; source: string }>('/api/jobs');
    expect(list).toMatchObject({ status: 200, body: { source: 'gateway' } });
  });

  it.each(['/reviews', '/sessions'])('%s says what to configure instead of a list', async (path) => {
    const response = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/not available/);
    expect(html).toMatch(/Set HERMES_HOME to the agent(&#x27;|')s data directory/);
  });
});
