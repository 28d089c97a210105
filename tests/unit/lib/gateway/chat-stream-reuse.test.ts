import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatEvent } from '@/lib/gateway/chat-events';
import { streamChat } from '@/lib/gateway/chat-stream';

/** A gateway stand-in that counts TCP connections; its streams end right after [DONE], as aiohttp's do. */
let server: http.Server;
let connections = 0;
let url = '';
let lingerAfterDone = false;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.write('data: {"choices": [{"delta": {"content": "hi"}, "finish_reason": null}]}\n\n');
    res.write('data: [DONE]\n\n');
    if (!lingerAfterDone) res.end();
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function turn(): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const event of streamChat({ sessionId: 's', content: 'x', signal: new AbortController().signal }, { url, key: undefined })) out.push(event);
  return out;
}

describe('streamChat connections', () => {
  it('reads a finished stream to its end, so the next turn reuses the connection', async () => {
    const before = connections;
    for (let i = 0; i < 3; i++) expect((await turn()).map((e) => e.type)).toEqual(['session', 'delta', 'done']);
    expect(connections - before).toBe(1);
  });

  it('still finishes the turn when a gateway keeps the stream open after [DONE]', async () => {
    lingerAfterDone = true;
    try {
      expect((await turn()).map((e) => e.type)).toEqual(['session', 'delta', 'done']);
    } finally {
      lingerAfterDone = false;
    }
  });
});
