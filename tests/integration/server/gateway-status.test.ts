import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { login, startPaddock, type PaddockServer } from '../../support/paddock-server';

const KEY = 'status-key';
let gateway: FakeGateway;
let server: PaddockServer;
let cookie: string;

beforeAll(async () => {
  gateway = await startFakeGateway({ apiKey: KEY });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY });
  cookie = await login(server);
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
});

const status = (query = '', headers: Record<string, string> = { Cookie: cookie }) => fetch(`${server.url}/api/gateway/status${query}`, { headers });

describe('GET /api/gateway/status', () => {
  it('answers from the short cache, and probes again when asked for a fresh look', async () => {
    expect(await (await status()).json()).toMatchObject({ reachable: true, status: 'ok' });
    gateway.setScenario({ kind: 'refuse' });
    try {
      expect(await (await status()).json()).toMatchObject({ status: 'ok' });
      expect(await (await status('?fresh=1')).json()).toMatchObject({ reachable: false, status: 'unreachable', message: expect.stringMatching(/unreachable/) });
    } finally {
      gateway.setScenario({ kind: 'normal' });
    }
    expect(await (await status('?fresh=1')).json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a malformed query with 400 and a message, and strangers with 401', async () => {
    const bad = await status('?fresh=yes');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'bad_request', message: expect.any(String) });
    expect((await status('', {})).status).toBe(401);
  });
});
