import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForStream, type StreamPost } from '@/lib/gateway/stream-post';

/**
 * A gateway stand-in: /silent never answers, /stream sends one piece and then holds the stream
 * open. It notes when a request's connection goes away, which is how a real gateway learns of Stop.
 */
let server: http.Server;
let url = '';
const closed: string[] = [];
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    req.resume();
    res.on('close', () => closed.push(req.url ?? ''));
    if (req.url === '/stream') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('data: {"choices": [{"delta": {"content": "hi"}}]}\n\n');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function post(path: string, signal: AbortSignal, timeoutMs = 10_000): Promise<http.IncomingMessage> {
  const request: StreamPost = { path, body: { stream: true }, headers: {}, signal, timeoutMs };
  return postForStream(request, { url, key: 'k' });
}

describe('postForStream', () => {
  it('gives up on a gateway that sends no answer within the time allowed, in words the user can act on', async () => {
    await expect(post('/silent', new AbortController().signal, 100)).rejects.toMatchObject({ code: 'gateway_unreachable', message: expect.stringContaining('did not answer within') });
    await expect.poll(() => closed).toContain('/silent');
  });

  it('drops the gateway request when the turn is stopped before the answer begins', async () => {
    const stop = new AbortController();
    const pending = post('/silent', stop.signal);
    setTimeout(() => stop.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => closed.filter((p) => p === '/silent')).toHaveLength(2);
  });

  it('never sends a turn that was stopped before it started', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(post('/never', stop.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await post('/stream', new AbortController().signal).then((response) => response.destroy());
    expect(seen).not.toContain('/never');
  });

  it('cuts the stream off mid-answer when the turn is stopped, so the gateway stops the agent', async () => {
    const stop = new AbortController();
    const response = await post('/stream', stop.signal);
    const failed = new Promise((resolve) => response.once('error', resolve).once('close', resolve));
    response.once('data', () => stop.abort());
    await failed;
    await expect.poll(() => closed).toContain('/stream');
  });
});
