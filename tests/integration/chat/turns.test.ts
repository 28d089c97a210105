import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { useGatewayStack } from '../../support/gateway-stack';

const KEY = 'integration-key';
const stack = useGatewayStack(KEY);

afterEach(() => stack.gateway.setScenario({ kind: 'normal' }));

interface Frame {
  event: string;
  data: Record<string, unknown>;
}

function parseFrames(text: string): Frame[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? 'message';
      const data = JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? '{}') as Record<string, unknown>;
      return { event, data };
    });
}

function turn(body: Record<string, unknown>, init: RequestInit = {}): Promise<Response> {
  return fetch(`${stack.server.url}/api/chat/turns`, { method: 'POST', headers: { Cookie: stack.cookie, 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' }, body: JSON.stringify(body), ...init });
}

function newTurn(text: string, conversationId = `pwa-${crypto.randomUUID()}`) {
  return { conversationId, messageId: crypto.randomUUID(), text };
}

function chatRequests() {
  return stack.gateway.requests.filter((r) => r.path === '/v1/chat/completions');
}

describe('POST /api/chat/turns', () => {
  it('streams start, deltas, usage and end, and sends only the new message with the session header', async () => {
    const body = newTurn('Hello there');
    const before = chatRequests().length;
    const response = await turn(body);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    // A compressed event stream is held back by the compressor: it must go out as written.
    expect(response.headers.get('content-encoding')).toBeNull();
    const frames = parseFrames(await response.text());
    expect(frames[0]).toMatchObject({ event: 'start', data: { conversationId: body.conversationId, userMessageId: body.messageId } });
    const text = frames.filter((f) => f.event === 'delta').map((f) => f.data.text).join('');
    expect(text).toBe('Echo: Hello there');
    expect(frames.find((f) => f.event === 'usage')?.data).toMatchObject({ totalTokens: expect.any(Number), model: expect.any(String) });
    expect(frames.at(-1)).toMatchObject({ event: 'end', data: { status: 'complete', error: null } });
    const sent = chatRequests().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers['x-hermes-session-id']).toBe(body.conversationId);
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent[0]?.headers.cookie).toBeUndefined();
    expect(sent[0]?.headers.origin).toBeUndefined();
    expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({ stream: true, messages: [{ role: 'user', content: 'Hello there' }] });
  });

  it('continues a conversation: the gateway keeps the history, Paddock sends one message each time', async () => {
    const first = newTurn('first');
    await (await turn(first)).text();
    await (await turn(newTurn('second', first.conversationId))).text();
    const history = stack.gateway.sessionHistory(first.conversationId);
    expect(history.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    const last = chatRequests().at(-1);
    expect(JSON.parse(last?.body ?? '{}').messages).toHaveLength(1);
    const stored = await (await fetch(`${stack.server.url}/api/chat/conversations/${first.conversationId}`, { headers: { Cookie: stack.cookie } })).json();
    expect(stored.messages.map((m: { role: string; status: string }) => `${m.role}:${m.status}`)).toEqual(['user:delivered', 'assistant:complete', 'user:delivered', 'assistant:complete']);
    expect(stored.conversation.title).toBe('first');
  });

  it('relays tool progress as events matched by toolCallId and keeps them with the answer', async () => {
    const body = newTurn('please use a tool');
    const frames = parseFrames(await (await turn(body)).text());
    const tools = frames.filter((f) => f.event === 'tool');
    expect(tools.map((t) => t.data.status)).toEqual(['running', 'completed']);
    expect(tools[0]?.data.toolCallId).toBe(tools[1]?.data.toolCallId);
    expect(tools[1]?.data.label).toBe(tools[0]?.data.label);
    const stored = await (await fetch(`${stack.server.url}/api/chat/conversations/${body.conversationId}`, { headers: { Cookie: stack.cookie } })).json();
    expect(stored.messages[1].tools).toEqual([expect.objectContaining({ status: 'completed', tool: tools[0]?.data.tool })]);
  });

  it('never delivers the same message id twice', async () => {
    const body = newTurn('only once');
    const before = chatRequests().length;
    await (await turn(body)).text();
    const again = await turn(body);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'conflict' });
    expect(chatRequests().length - before).toBe(1);
  });

  it('delivers a message id sent several times at once exactly once', async () => {
    const body = newTurn('tapped send three times');
    const before = chatRequests().length;
    const responses = await Promise.all([turn(body), turn(body), turn(body)]);
    await Promise.all(responses.map((response) => response.text()));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409]);
    expect(chatRequests().length - before).toBe(1);
  });

  it('says plainly when the gateway is down, and lets the same message be retried once it is back', async () => {
    const body = newTurn('are you there');
    stack.gateway.setScenario({ kind: 'refuse' });
    const down = await turn(body);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ code: 'gateway_unreachable', message: expect.stringMatching(/unreachable/) });
    stack.gateway.setScenario({ kind: 'normal' });
    const retried = await turn(body);
    expect(retried.status).toBe(200);
    expect(parseFrames(await retried.text()).at(-1)?.data.status).toBe('complete');
  });

  it('explains a rejected key and an erroring gateway', async () => {
    stack.gateway.setScenario({ kind: 'status', status: 401 });
    const rejected = await turn(newTurn('x'));
    expect(rejected.status).toBe(502);
    expect(await rejected.json()).toMatchObject({ code: 'gateway_rejected_key', message: expect.stringMatching(/API key/) });
    stack.gateway.setScenario({ kind: 'status', status: 500 });
    const broken = await turn(newTurn('x'));
    expect(broken.status).toBe(502);
    expect(await broken.json()).toMatchObject({ code: 'gateway_error' });
  });

  it('ends with a failed status when the gateway cuts the stream, keeping what arrived', async () => {
    stack.gateway.setScenario({ kind: 'cut_stream', afterChunks: 2 });
    const body = newTurn('one two three four five six');
    const frames = parseFrames(await (await turn(body)).text());
    expect(frames.filter((f) => f.event === 'delta').length).toBeGreaterThan(0);
    expect(frames.at(-1)).toMatchObject({ event: 'end', data: { status: 'failed', error: expect.stringMatching(/middle of the answer/) } });
    const stored = await (await fetch(`${stack.server.url}/api/chat/conversations/${body.conversationId}`, { headers: { Cookie: stack.cookie } })).json();
    expect(stored.messages[1]).toMatchObject({ status: 'failed' });
    expect(stored.messages[1].text.length).toBeGreaterThan(0);
  });

  it('aborts the gateway request when the browser stops reading (Stop)', async () => {
    stack.gateway.setScenario({ kind: 'slow_tokens', delayMs: 100 });
    const body = newTurn('a b c d e f g h i j k l m n o p');
    const abort = new AbortController();
    const response = await turn(body, { signal: abort.signal });
    const reader = response.body!.getReader();
    await reader.read();
    abort.abort();
    await expect.poll(() => chatRequests().at(-1)?.aborted, { timeout: 5_000 }).toBe(true);
    await expect
      .poll(async () => (await (await fetch(`${stack.server.url}/api/chat/conversations/${body.conversationId}`, { headers: { Cookie: stack.cookie } })).json()).messages[1]?.status, { timeout: 5_000 })
      .toBe('stopped');
  });

  it('answers 400 with a message to bad input and stores nothing', async () => {
    const bad = await turn({ conversationId: '../etc', messageId: 'nope', text: '' });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.code).toBe('bad_request');
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['conversationId', 'messageId']));
    const notJson = await fetch(`${stack.server.url}/api/chat/turns`, { method: 'POST', headers: { Cookie: stack.cookie, 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/not valid JSON/) });
  });

  it('answers 413 to an oversized body without reading it all or calling the gateway', async () => {
    const before = chatRequests().length;
    const huge = await turn({ ...newTurn('x'), padding: 'y'.repeat(600_000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'too_large' });
    expect(chatRequests().length).toBe(before);
  });
});

describe('photos', () => {
  const jpeg = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

  it('stores an uploaded JPEG and sends it to the gateway as a data URL', async () => {
    const form = new FormData();
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'menu.jpg');
    const up = await fetch(`${stack.server.url}/api/chat/uploads`, { method: 'POST', headers: { Cookie: stack.cookie }, body: form });
    expect(up.status).toBe(201);
    const { id, mime } = await up.json();
    expect(mime).toBe('image/jpeg');
    const served = await fetch(`${stack.server.url}/api/chat/uploads/${id}`, { headers: { Cookie: stack.cookie } });
    expect(Buffer.from(await served.arrayBuffer()).equals(jpeg)).toBe(true);
    const body = { ...newTurn('what is on this menu?'), imageIds: [id] };
    const frames = parseFrames(await (await turn(body)).text());
    expect(frames.filter((f) => f.event === 'delta').map((f) => f.data.text).join('')).toMatch(/I see an image of \d+ bytes/);
    const content = JSON.parse(chatRequests().at(-1)?.body ?? '{}').messages[0].content;
    expect(content[0]).toEqual({ type: 'text', text: 'what is on this menu?' });
    expect(content[1].image_url.url.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('refuses a file that is not an image, whatever it claims', async () => {
    const form = new FormData();
    form.append('file', new Blob(['<svg onload=alert(1)>'], { type: 'image/jpeg' }), 'x.jpg');
    const up = await fetch(`${stack.server.url}/api/chat/uploads`, { method: 'POST', headers: { Cookie: stack.cookie }, body: form });
    expect(up.status).toBe(400);
    expect(await up.json()).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/not a JPEG/) });
  });

  it('answers 404 for unknown photo ids and traversal attempts', async () => {
    for (const id of [crypto.randomUUID(), '..%2F..%2Fsession-secret', 'x']) {
      const r = await fetch(`${stack.server.url}/api/chat/uploads/${id}`, { headers: { Cookie: stack.cookie } });
      expect(r.status).toBe(404);
    }
  });
});
