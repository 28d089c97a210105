import { describe, expect, it } from 'vitest';
import { useGatewayStack } from '../../support/gateway-stack';

const stack = useGatewayStack('status-key');

const status = (query = '', headers: Record<string, string> = { Cookie: stack.cookie }) => fetch(`${stack.server.url}/api/gateway/status${query}`, { headers });

describe('GET /api/gateway/status', () => {
  it('answers from the short cache, and probes again when asked for a fresh look', async () => {
    expect(await (await status()).json()).toMatchObject({ reachable: true, status: 'ok' });
    stack.gateway.setScenario({ kind: 'refuse' });
    try {
      expect(await (await status()).json()).toMatchObject({ status: 'ok' });
      expect(await (await status('?fresh=1')).json()).toMatchObject({ reachable: false, status: 'unreachable', message: expect.stringMatching(/unreachable/) });
    } finally {
      stack.gateway.setScenario({ kind: 'normal' });
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
