import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { authHeaders, chatBody, contentDeltas, KEY, parseSse, readUntilClosed } from './helpers';

describe('fake gateway: scripted faults', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  function chat(body: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${gateway.url}/v1/chat/completions`, { method: 'POST', headers: authHeaders(), body, ...init });
  }

  it('cuts the stream after N content chunks in cut_stream, without [DONE]', async () => {
    gateway.setScenario({ kind: 'cut_stream', afterChunks: 2 });
    const res = await chat(chatBody('one two three four five', { stream: true }));
    expect(res.status).toBe(200);
    const { text, failed } = await readUntilClosed(res);
    expect(failed).toBe(true);
    const frames = parseSse(text);
    expect(contentDeltas(frames)).toEqual(['Echo:', ' one']);
    expect(text).not.toContain('[DONE]');
    expect(text).not.toContain('finish_reason": "stop"');
    // The gateway dropped the connection, the client did not.
    expect(gateway.requests[0]?.aborted).toBe(false);
    expect(gateway.sessionHistory(res.headers.get('x-hermes-session-id') ?? '')).toEqual([{ role: 'user', content: 'one two three four five' }]);
  });

  it('drops a non-streaming request without an answer in cut_stream', async () => {
    gateway.setScenario({ kind: 'cut_stream', afterChunks: 0 });
    await expect(chat(chatBody('hi'))).rejects.toThrow();
  });

  it('records that a streaming client disconnected mid-answer', async () => {
    gateway.setScenario({ kind: 'slow_tokens', delayMs: 50 });
    const controller = new AbortController();
    const res = await chat(chatBody('a slow answer with many words in it', { stream: true }), { signal: controller.signal });
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    await vi.waitFor(() => expect(gateway.requests[0]?.aborted).toBe(true));
  });

  it('sends nothing before the delay in first_byte_delay', async () => {
    gateway.setScenario({ kind: 'first_byte_delay', delayMs: 60_000 });
    await expect(chat(chatBody('hi', { stream: true }), { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await vi.waitFor(() => expect(gateway.requests[0]?.aborted).toBe(true));
  });

  it('still streams a complete answer in slow_tokens', async () => {
    gateway.setScenario({ kind: 'slow_tokens', delayMs: 5 });
    const res = await chat(chatBody('Please use a tool', { stream: true }));
    const text = await res.text();
    expect(text).toContain('event: hermes.tool.progress');
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('sends keepalive comments during silence in keepalive', async () => {
    gateway.setScenario({ kind: 'keepalive', everyMs: 20, silenceMs: 70 });
    const res = await chat(chatBody('hi', { stream: true }));
    const frames = parseSse(await res.text());
    const firstContent = frames.findIndex((frame) => frame.data?.includes('"content"'));
    const keepalives = frames.slice(0, firstContent).filter((frame) => frame.comment === 'keepalive');
    expect(keepalives.length).toBeGreaterThanOrEqual(1);
    expect(frames.at(-1)?.data).toBe('[DONE]');
  });

  it.each([
    [500, '{"error": {"message": "Internal server error: simulated agent failure", "type": "server_error", "param": null, "code": null}}'],
    [503, '{"error": {"message": "Service unavailable", "type": "server_error", "param": null, "code": null}}'],
  ])('answers every gateway route with %i in the status scenario', async (status, body) => {
    gateway.setScenario({ kind: 'status', status: status === 500 ? 500 : 503 });
    const res = await chat(chatBody('hi', { stream: true }));
    expect(res.status).toBe(status);
    expect(await res.text()).toBe(body);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(status);
  });

  it('uses the agent_incomplete envelope for 502 and the plain envelope on /api/jobs', async () => {
    gateway.setScenario({ kind: 'status', status: 502 });
    const res = await chat(chatBody('hi'));
    expect(res.status).toBe(502);
    expect(res.headers.get('x-hermes-completed')).toBe('false');
    expect(await res.json()).toEqual({
      error: {
        message: 'Agent run did not produce a response.',
        type: 'server_error',
        param: null,
        code: 'agent_incomplete',
        hermes: { completed: false, partial: false, failed: true },
      },
    });
    const jobs = await fetch(`${gateway.url}/api/jobs`, { headers: authHeaders() });
    expect(await jobs.json()).toEqual({ error: 'Bad gateway' });
  });

  it('answers 401 invalid_api_key even with the right key in the status 401 scenario', async () => {
    gateway.setScenario({ kind: 'status', status: 401 });
    const res = await fetch(`${gateway.url}/v1/models`, { headers: authHeaders() });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
  });

  it('resets connections in refuse, until the scenario is switched back', async () => {
    gateway.setScenario({ kind: 'refuse' });
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
    gateway.setScenario({ kind: 'normal' });
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('rejects an invalid scenario in setScenario', () => {
    expect(() => gateway.setScenario(JSON.parse('{"kind": "status", "status": 418}'))).toThrow();
  });
});

describe('fake gateway: /__fake controls for a separate process', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  function setScenario(body: string): Promise<Response> {
    return fetch(`${gateway.url}/__fake/scenario`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  }

  it('switches scenarios over HTTP without auth, and refuses invalid ones with 400', async () => {
    expect((await setScenario('{"kind": "slow_tokens"}')).status).toBe(400);
    expect((await setScenario('not json')).status).toBe(400);

    const res = await setScenario('{"kind": "status", "status": 503}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ scenario: { kind: 'status', status: 503 } });
    expect((await fetch(`${gateway.url}/health`)).status).toBe(503);
  });

  it('keeps working while the gateway refuses connections', async () => {
    await setScenario('{"kind": "refuse"}');
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
    expect((await setScenario('{"kind": "normal"}')).status).toBe(200);
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });

  it('lists recorded gateway requests, leaving out the control calls', async () => {
    await fetch(`${gateway.url}/v1/chat/completions`, { method: 'POST', headers: authHeaders(), body: chatBody('hi') });
    const res = await fetch(`${gateway.url}/__fake/requests`);
    expect(await res.json()).toEqual({
      requests: [expect.objectContaining({ method: 'POST', path: '/v1/chat/completions', body: chatBody('hi'), aborted: false })],
    });
    await fetch(`${gateway.url}/__fake/requests`, { method: 'DELETE' });
    expect(gateway.requests).toEqual([]);
  });

  it('shows a session history kept server-side', async () => {
    await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: authHeaders({ 'X-Hermes-Session-Id': 'conv-7' }),
      body: chatBody('hello'),
    });
    const res = await fetch(`${gateway.url}/__fake/sessions/conv-7`);
    expect(await res.json()).toEqual({
      session_id: 'conv-7',
      messages: [
        { role: 'user', content: 'hello' },
        { role: 'assistant', content: 'Echo: hello' },
      ],
    });
  });
});
