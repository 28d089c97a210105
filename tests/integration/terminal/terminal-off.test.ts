import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_SOCKET_PATH } from '@/lib/terminal/protocol';
import { login, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { upgradeStatus } from '../../support/raw-http';
import { api, childPids } from './terminal-socket';

let server: PaddockServer;
let cookie: string;

beforeAll(async () => {
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9', TERMINAL_ENABLED: '0' });
  cookie = await login(server);
});
afterAll(async () => {
  await server?.stop();
});

describe('with TERMINAL_ENABLED=0', () => {
  it('answers 503 feature_unavailable on every terminal route, saying how to turn it on', async () => {
    for (const [method, path, json] of [
      ['GET', '/api/terminal/sessions', undefined],
      ['POST', '/api/terminal/sessions', {}],
      ['PATCH', '/api/terminal/sessions/AAAAAAAAAAAAAAAA', { name: 'x' }],
      ['DELETE', '/api/terminal/sessions/AAAAAAAAAAAAAAAA', undefined],
    ] as const) {
      const response = await api(server, cookie, path, { method, json });
      expect(response, `${method} ${path}`).toMatchObject({ status: 503, body: { code: 'feature_unavailable', message: expect.stringMatching(/TERMINAL_ENABLED=1/) } });
    }
    expect(childPids(server.pid)).toEqual([]);
  });

  it('refuses the socket even with a valid session', async () => {
    const host = `127.0.0.1:${server.port}`;
    const status = await upgradeStatus(server.port, `${TERMINAL_SOCKET_PATH}?id=AAAAAAAAAAAAAAAA`, { Host: host, Origin: `http://${host}`, Cookie: cookie });
    expect(status).toMatch(/^HTTP\/1\.1 404/);
  });

  it('shows a page that says the terminal is off and how to turn it on', async () => {
    const html = await (await fetch(`${server.url}/terminal`, { headers: { Cookie: cookie } })).text();
    expect(html).toContain('The terminal is turned off');
    expect(html).toContain('TERMINAL_ENABLED=1');
  });
});
