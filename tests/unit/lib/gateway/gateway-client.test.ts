import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clearGatewayProbeCache, probeGateway } from '@/lib/gateway/capabilities';
import type { ChatEvent } from '@/lib/gateway/chat-events';
import { toChatEvents } from '@/lib/gateway/chat-events';
import { streamChat } from '@/lib/gateway/chat-stream';
import { AppError } from '@/lib/http/app-error';
import { startFakeGateway, type FakeGateway } from '../../../fake-gateway';

const KEY = 'unit-key';
let gateway: FakeGateway;

beforeAll(async () => {
  gateway = await startFakeGateway({ apiKey: KEY });
});
afterAll(() => gateway.close());
afterEach(() => {
  gateway.setScenario({ kind: 'normal' });
  clearGatewayProbeCache();
});

async function collect(events: AsyncGenerator<ChatEvent>): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('probeGateway', () => {
  it('reports ok with the model and endpoints', async () => {
    const probe = await probeGateway({ url: gateway.url, key: KEY });
    expect(probe).toMatchObject({ reachable: true, status: 'ok', model: 'hermes-agent' });
    expect(probe.endpoints.chat_completions).toEqual({ method: 'POST', path: '/v1/chat/completions' });
  });

  it('says the key was rejected, and names the variable', async () => {
    const probe = await probeGateway({ url: gateway.url, key: 'wrong' });
    expect(probe).toMatchObject({ reachable: true, status: 'unauthorized' });
    expect(probe.message).toMatch(/HERMES_API_KEY/);
  });

  it('says the gateway is unreachable at its URL', async () => {
    const probe = await probeGateway({ url: 'http://127.0.0.1:9', key: KEY });
    expect(probe).toMatchObject({ reachable: false, status: 'unreachable' });
    expect(probe.message).toMatch(/unreachable at http:\/\/127\.0\.0\.1:9/);
  });

  it('caches a probe for a few seconds', async () => {
    const before = gateway.requests.length;
    const target = { url: gateway.url, key: KEY };
    await probeGateway(target, 1_000);
    await probeGateway(target, 2_000);
    expect(gateway.requests.length - before).toBe(1);
  });
});

describe('streamChat', () => {
  it('yields the session, deltas, tool progress, usage and done in gateway order', async () => {
    const controller = new AbortController();
    const events = await collect(streamChat({ sessionId: 'pwa-unit-1', content: 'please use a tool', signal: controller.signal }, { url: gateway.url, key: KEY }));
    expect(events[0]).toEqual({ type: 'session', sessionId: 'pwa-unit-1' });
    const kinds = events.map((e) => e.type);
    expect(kinds.indexOf('tool')).toBeLessThan(kinds.indexOf('delta'));
    expect(kinds.slice(-2)).toEqual(['usage', 'done']);
    expect(events.filter((e) => e.type === 'tool').map((e) => (e.type === 'tool' ? e.status : ''))).toEqual(['running', 'completed']);
  });

  it('throws gateway_error when the stream is cut before [DONE]', async () => {
    gateway.setScenario({ kind: 'cut_stream', afterChunks: 1 });
    const run = collect(streamChat({ sessionId: 'pwa-unit-2', content: 'a b c d', signal: new AbortController().signal }, { url: gateway.url, key: KEY }));
    await expect(run).rejects.toMatchObject({ code: 'gateway_error' });
  });

  it('refuses before any event when the gateway answers 500', async () => {
    gateway.setScenario({ kind: 'status', status: 500 });
    const run = streamChat({ sessionId: 'pwa-unit-3', content: 'x', signal: new AbortController().signal }, { url: gateway.url, key: KEY }).next();
    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toMatchObject({ code: 'gateway_error' });
  });

  it('aborts the gateway request when the caller aborts', async () => {
    gateway.setScenario({ kind: 'slow_tokens', delayMs: 50 });
    const controller = new AbortController();
    const events = streamChat({ sessionId: 'pwa-unit-4', content: 'one two three four five six', signal: controller.signal }, { url: gateway.url, key: KEY });
    await events.next();
    await events.next();
    controller.abort();
    await expect(collect(events)).rejects.toBeDefined();
    await expect.poll(() => gateway.requests.at(-1)?.aborted).toBe(true);
  });
});

describe('toChatEvents', () => {
  it('reads the captured gateway framing', () => {
    expect(toChatEvents(undefined, '{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "hermes-agent", "choices": [{"index": 0, "delta": {"content": " Stream"}, "finish_reason": null}]}')).toEqual([
      { type: 'delta', text: ' Stream' },
    ]);
    expect(
      toChatEvents('hermes.tool.progress', '{"tool": "terminal", "emoji": "\\ud83d\\udcbb", "label": "echo hi", "toolCallId": "call_1", "status": "running"}'),
    ).toEqual([{ type: 'tool', tool: 'terminal', emoji: '💻', label: 'echo hi', toolCallId: 'call_1', status: 'running' }]);
    expect(toChatEvents(undefined, '[DONE]')).toEqual([{ type: 'done' }]);
  });

  it('ignores malformed and unknown events instead of throwing', () => {
    expect(toChatEvents(undefined, '{not json')).toEqual([]);
    expect(toChatEvents('something.else', '{}')).toEqual([]);
    expect(toChatEvents('hermes.tool.progress', '{"tool": 1}')).toEqual([]);
  });
});
