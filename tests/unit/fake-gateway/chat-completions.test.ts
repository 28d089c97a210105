import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { authHeaders, chatBody, chunkOf, contentDeltas, KEY, parseSse, toolProgressSchema } from './helpers';

const PNG_75_BYTES = Buffer.alloc(75, 7).toString('base64');

describe('fake gateway: POST /v1/chat/completions', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  async function chat(body: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${gateway.url}/v1/chat/completions`, { method: 'POST', headers: authHeaders(headers), body });
  }

  it('answers "Echo: <text>" as a chat.completion in Python json formatting', async () => {
    const res = await chat(chatBody('Hello from the rig'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await res.text();
    expect(text).toMatch(
      /^\{"id": "chatcmpl-[0-9a-f]{29}", "object": "chat.completion", "created": \d+, "model": "hermes-agent", "choices": \[\{"index": 0, "message": \{"role": "assistant", "content": "Echo: Hello from the rig"\}, "finish_reason": "stop"\}\], "usage": \{"prompt_tokens": \d+, "completion_tokens": \d+, "total_tokens": \d+\}\}$/,
    );
  });

  it('derives X-Hermes-Session-Id from the system prompt and first user message like the real gateway', async () => {
    // Both ids were captured from the real gateway for these exact messages.
    const plain = await chat(chatBody('Hello from the rig'));
    expect(plain.headers.get('x-hermes-session-id')).toBe('api-9be7334e9adec7cb');
    const withSystem = await chat(
      JSON.stringify({ stream: true, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Stream me a short echo' }] }),
    );
    expect(withSystem.headers.get('x-hermes-session-id')).toBe('api-53acdb9c44fd6619');
    await withSystem.text();
  });

  it('hashes a multimodal first message as Python would print its part list', async () => {
    const url = `data:image/png;base64,${PNG_75_BYTES}`;
    const res = await chat(chatBody([{ type: 'text', text: "What's this?" }, { type: 'image_url', image_url: { url } }]));
    const seed = `\n[{'type': 'text', 'text': "What's this?"}, {'type': 'image_url', 'image_url': {'url': '${url}'}}]`;
    const expected = `api-${createHash('sha256').update(seed).digest('hex').slice(0, 16)}`;
    expect(res.headers.get('x-hermes-session-id')).toBe(expected);
  });

  it('streams role, content, usage and [DONE] with the SSE headers', async () => {
    const res = await chat(chatBody('Stream me a short echo', { stream: true }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(res.headers.get('x-hermes-session-id')).toMatch(/^api-[0-9a-f]{16}$/);
    expect(res.headers.get('x-frame-options')).toBeNull();

    const raw = await res.text();
    expect(raw).toMatch(/^data: \{"id": "chatcmpl-[0-9a-f]{29}", "object": "chat.completion.chunk", "created": \d+, "model": "hermes-agent", "choices": \[\{"index": 0, "delta": \{"role": "assistant"\}, "finish_reason": null\}\]\}\n\n/);
    expect(raw.endsWith('data: [DONE]\n\n')).toBe(true);

    const frames = parseSse(raw);
    expect(chunkOf(frames[0] ?? {}).choices[0].delta).toEqual({ role: 'assistant' });
    expect(contentDeltas(frames)).toEqual(['Echo:', ' Stream', ' me', ' a', ' short', ' echo']);
    const finish = chunkOf(frames.at(-2) ?? {});
    expect(finish.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: 'stop' });
    expect(finish.usage?.total_tokens).toBe((finish.usage?.prompt_tokens ?? 0) + (finish.usage?.completion_tokens ?? 0));
    expect(new Set(frames.slice(0, -1).map((frame) => chunkOf(frame).id)).size).toBe(1);
  });

  it('escapes non-ASCII as \\uXXXX in stream frames', async () => {
    const res = await chat(chatBody('金米麥 ☕', { stream: true }));
    const raw = await res.text();
    expect(raw).toContain('"content": " \\u91d1\\u7c73\\u9ea5"');
    expect(/[^\x00-\x7f]/.test(raw)).toBe(false);
    expect(contentDeltas(parseSse(raw)).join('')).toBe('Echo: 金米麥 ☕');
  });

  it('emits tool progress events when asked to use a tool', async () => {
    const res = await chat(chatBody('Please use a tool to say hi', { stream: true }));
    const frames = parseSse(await res.text());
    expect(frames.map((frame) => frame.event ?? 'data').slice(0, 4)).toEqual(['data', 'hermes.tool.progress', 'hermes.tool.progress', 'data']);
    const running = toolProgressSchema.parse(JSON.parse(frames[1]?.data ?? ''));
    const completed = toolProgressSchema.parse(JSON.parse(frames[2]?.data ?? ''));
    expect(running).toMatchObject({ tool: 'terminal', emoji: '💻', label: 'echo hi', status: 'running' });
    expect(completed).toEqual({ tool: 'terminal', toolCallId: running.toolCallId, status: 'completed' });
    expect(frames[1]?.data).toContain('"emoji": "\\ud83d\\udcbb"');
    expect(contentDeltas(frames).join('')).toBe('\n\nTool finished. Result was: {"output": "hi", "exit_code": 0, "error": null}');
  });

  it('returns only the final answer, without tool calls, when not streaming', async () => {
    const res = await chat(chatBody('Now use a tool again (non-streaming)'));
    expect(await res.json()).toMatchObject({
      choices: [{ message: { role: 'assistant', content: 'Tool finished. Result was: {"output": "hi", "exit_code": 0, "error": null}' } }],
    });
  });

  it('describes an image by the decoded byte count of its data URL', async () => {
    const body = chatBody([{ type: 'text', text: 'What is in this image?' }, { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_75_BYTES}` } }]);
    const res = await chat(body);
    expect(await res.json()).toMatchObject({ choices: [{ message: { content: 'I see an image of 75 bytes' } }] });

    const streamed = await chat(chatBody([{ type: 'input_image', image_url: `data:image/png;base64,${PNG_75_BYTES}` }], { stream: true }));
    expect(contentDeltas(parseSse(await streamed.text()))).toEqual(['I', ' see', ' an', ' image', ' of', ' 75', ' bytes']);
  });

  it('answers with a Markdown sample when asked for markdown, streamed in many small pieces', async () => {
    const res = await chat(chatBody('Show me some Markdown please', { stream: true }));
    const deltas = contentDeltas(parseSse(await res.text()));
    const text = deltas.join('');
    expect(deltas.length).toBeGreaterThan(50);
    expect(text).toMatch(/^# /m);
    expect(text).toMatch(/^- /m);
    expect(text).toMatch(/^\| .+ \|$/m);
    expect(text).toMatch(/\*\*[^*]+\*\*/);
    expect(text).toContain('```ts\n');
  });

  it('answers with about 50 KB of Markdown when asked for something long', async () => {
    const res = await chat(chatBody('Write something long'));
    const body: unknown = await res.json();
    expect(body).toMatchObject({ choices: [{ message: { content: expect.stringMatching(/^# A long answer/) } }] });
    const length = JSON.stringify(body).length;
    expect(length).toBeGreaterThan(50_000);
    expect(length).toBeLessThan(60_000);
  });

  it('accepts stream as the string "true"', async () => {
    const res = await chat(chatBody('hi', { stream: 'true' }));
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    await res.text();
  });

  it('keeps history server-side per X-Hermes-Session-Id and echoes the id back', async () => {
    const first = await chat(chatBody('First turn'), { 'X-Hermes-Session-Id': 'paddock-conv-1' });
    expect(first.headers.get('x-hermes-session-id')).toBe('paddock-conv-1');
    const firstBody: unknown = await first.json();

    const second = await chat(chatBody('Second turn', { stream: true }), { 'X-Hermes-Session-Id': 'paddock-conv-1' });
    expect(second.headers.get('x-hermes-session-id')).toBe('paddock-conv-1');
    const frames = parseSse(await second.text());

    expect(gateway.sessionHistory('paddock-conv-1')).toEqual([
      { role: 'user', content: 'First turn' },
      { role: 'assistant', content: 'Echo: First turn' },
      { role: 'user', content: 'Second turn' },
      { role: 'assistant', content: 'Echo: Second turn' },
    ]);
    expect(gateway.sessionHistory('another')).toEqual([]);
    // The history the gateway holds is billed as prompt tokens.
    const firstPrompt = z.object({ usage: z.object({ prompt_tokens: z.number() }) }).parse(firstBody).usage.prompt_tokens;
    expect(chunkOf(frames.at(-2) ?? {}).usage?.prompt_tokens).toBeGreaterThan(firstPrompt);
  });

  it('ignores earlier body messages when X-Hermes-Session-Id is sent', async () => {
    const body = JSON.stringify({
      messages: [
        { role: 'user', content: 'old question' },
        { role: 'assistant', content: 'old answer' },
        { role: 'user', content: 'new question' },
      ],
    });
    await chat(body, { 'X-Hermes-Session-Id': 'fresh' });
    expect(gateway.sessionHistory('fresh')).toEqual([
      { role: 'user', content: 'new question' },
      { role: 'assistant', content: 'Echo: new question' },
    ]);
  });

  it('rejects X-Hermes-Session-Id with 403 when no key is configured', async () => {
    const open = await startFakeGateway();
    try {
      const res = await fetch(`${open.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hermes-Session-Id': 'abc' },
        body: chatBody('hi'),
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toBe(
        '{"error": {"message": "Session continuation requires API key authentication. Configure API_SERVER_KEY to enable this feature.", "type": "invalid_request_error", "param": null, "code": null}}',
      );
    } finally {
      await open.close();
    }
  });
});
