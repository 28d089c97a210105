import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { authHeaders, chatBody, KEY, sendHeadersOnly } from './helpers';

const INVALID_KEY = '{"error": {"message": "Invalid API key", "type": "invalid_request_error", "code": "invalid_api_key"}}';

describe('fake gateway: health, auth, CORS and limits', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  it('answers /health and /v1/health without a key, with the security headers', async () => {
    for (const path of ['/health', '/v1/health']) {
      const res = await fetch(`${gateway.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await res.text()).toBe('{"status": "ok", "platform": "hermes-agent"}');
    }
  });

  it('reports the gateway state on /health/detailed without a key', async () => {
    const res = await fetch(`${gateway.url}/health/detailed`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', gateway_state: 'running', active_agents: 0, pid: process.pid });
  });

  it('returns 401 invalid_api_key without a bearer key on every authed route', async () => {
    const routes: Array<[string, string]> = [
      ['GET', '/v1/models'],
      ['GET', '/v1/capabilities'],
      ['POST', '/v1/chat/completions'],
      ['GET', '/api/jobs'],
      ['POST', '/api/jobs/0123456789ab/run'],
    ];
    for (const [method, path] of routes) {
      const res = await fetch(`${gateway.url}${path}`, { method, body: method === 'POST' ? chatBody('hi') : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.text()).toBe(INVALID_KEY);
    }
  });

  it('returns 401 for a wrong key and for a scheme other than "Bearer "', async () => {
    for (const authorization of ['Bearer wrong', `bearer ${KEY}`, KEY]) {
      const res = await fetch(`${gateway.url}/v1/models`, { headers: { Authorization: authorization } });
      expect(res.status).toBe(401);
    }
  });

  it('lists the hermes-agent model with the key', async () => {
    const res = await fetch(`${gateway.url}/v1/models`, { headers: authHeaders() });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ object: 'list', data: [{ id: 'hermes-agent', object: 'model', owned_by: 'hermes' }] });
  });

  it('reports auth.required according to whether a key is configured', async () => {
    const withKey = await fetch(`${gateway.url}/v1/capabilities`, { headers: authHeaders() });
    expect(await withKey.json()).toMatchObject({ object: 'hermes.api_server.capabilities', auth: { type: 'bearer', required: true } });

    const open = await startFakeGateway();
    try {
      const res = await fetch(`${open.url}/v1/capabilities`);
      expect(await res.json()).toMatchObject({ auth: { required: false }, features: { session_continuity_header: 'X-Hermes-Session-Id' } });
    } finally {
      await open.close();
    }
  });

  it('answers 403 with an empty body to any request with an Origin header, health included', async () => {
    for (const path of ['/health', '/v1/models', '/no/such/path']) {
      const res = await fetch(`${gateway.url}${path}`, { headers: { ...authHeaders(), Origin: 'http://localhost:5173' } });
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toBeNull();
      expect(await res.text()).toBe('');
    }
  });

  it('answers 403 to a CORS preflight', async () => {
    const res = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('');
  });

  it('answers 404 "404: Not Found" for unknown paths and 405 for a wrong method', async () => {
    const missing = await fetch(`${gateway.url}/v1/nothing-here`, { headers: authHeaders() });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await missing.text()).toBe('404: Not Found');

    const wrongMethod = await fetch(`${gateway.url}/v1/chat/completions`, { headers: authHeaders() });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('answers 413 body_too_large from the Content-Length header alone, before reading the body', async () => {
    const res = await sendHeadersOnly(`${gateway.url}/v1/chat/completions`, { ...authHeaders(), 'Content-Length': String(MAX_REQUEST_BYTES + 1) });
    expect(res.status).toBe(413);
    expect(res.body).toBe(
      '{"error": {"message": "Request body too large.", "type": "invalid_request_error", "param": null, "code": "body_too_large"}}',
    );
  });

  it('records method, path, lower-cased headers and body of each request', async () => {
    await fetch(`${gateway.url}/v1/chat/completions?x=1`, { method: 'POST', headers: authHeaders({ 'X-Custom': 'yes' }), body: chatBody('hi') });
    expect(gateway.requests).toHaveLength(1);
    expect(gateway.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions?x=1',
      headers: { authorization: `Bearer ${KEY}`, 'x-custom': 'yes' },
      body: chatBody('hi'),
      aborted: false,
    });
    expect(gateway.requests[0]?.headers).not.toHaveProperty('origin');
  });

  it('closes idempotently, dropping open keep-alive sockets', async () => {
    await fetch(`${gateway.url}/health`);
    await Promise.all([gateway.close(), gateway.close()]);
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
  });
});
