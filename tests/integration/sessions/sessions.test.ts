import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';

const KEY = 'integration-key';
let home: string;
let gateway: FakeGateway;
let server: PaddockServer;
let api: ReturnType<typeof apiClient>;
let cookie: string;

interface Row {
  id: string;
  rootId: string;
  sessionIds: string[];
  source: string;
  title: string | null;
  preview: string;
  messageCount: number;
  inputTokens: number;
  outputTokens: number;
  lastActiveAt: number;
  parentSessionId: string | null;
}
interface List {
  items: Row[];
  total: number;
  sources: { source: string; count: number }[];
}
interface Message {
  id: number;
  role: string;
  content: string | null;
  toolCalls: { name: string; arguments: string }[] | null;
  toolName: string | null;
}
interface Transcript {
  id: string;
  rootId: string;
  sessionIds: string[];
  source: string;
  messages: Message[];
}
interface Hit {
  conversationId: string;
  sessionId: string;
  messageId: number;
  snippet: string;
  source: string;
}

beforeAll(async () => {
  home = copyFixtureHome();
  gateway = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, HERMES_HOME: home });
  cookie = await login(server);
  api = apiClient(server, cookie);
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('GET /api/sessions', () => {
  it('lists every conversation newest first, with the sources to filter by', async () => {
    const { status, body } = await api<List>('/api/sessions?limit=100');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(body.total);
    expect(body.sources.reduce((n, s) => n + s.count, 0)).toBe(body.total);
    expect(body.sources.map((s) => s.source).sort()).toEqual(['api_server', 'cron']);
    const times = body.items.map((r) => r.lastActiveAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A fork is a conversation of its own, not a continuation.
    expect(body.items.find((r) => r.id === 'sess_c2bd7f445d6541be980f191b01a085d1')).toMatchObject({ title: '聖誕禮盒定價（成本 350）', parentSessionId: 'sess_c68a30bc8ed94e5ba4843288e95e7003' });
    expect(body.items.find((r) => r.id === 'api-f4bfee8e12e3bdc3')).toMatchObject({ title: null, preview: '金米麥今天庫存最低的 5 樣是什麼？', messageCount: 8 });
  });

  it('filters by source and pages', async () => {
    const cron = await api<List>('/api/sessions?source=cron&limit=100');
    expect(cron.body.total).toBe(13);
    expect(cron.body.items.every((r) => r.source === 'cron')).toBe(true);
    const page2 = await api<List>('/api/sessions?source=cron&limit=5&offset=5');
    expect(page2.body.items.map((r) => r.id)).toEqual(cron.body.items.slice(5, 10).map((r) => r.id));
    const none = await api<List>('/api/sessions?source=discord');
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  it('answers 400 with a message for bad paging', async () => {
    const { status, body } = await api('/api/sessions?limit=0');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^limit: /) });
  });
});

describe('GET /api/sessions/<id>', () => {
  it('returns a transcript with tool calls and their results', async () => {
    const { status, body } = await api<Transcript>('/api/sessions/api-f4bfee8e12e3bdc3');
    expect(status).toBe(200);
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant', 'user', 'assistant', 'tool', 'assistant']);
    expect(body.messages[1]?.toolCalls?.[0]?.name).toBe('terminal');
    expect(body.messages[2]).toMatchObject({ role: 'tool', toolName: 'terminal' });
  });

  it('answers 404 for an unknown session and 400 for a malformed id', async () => {
    expect(await api('/api/sessions/no-such-session')).toEqual({ status: 404, body: { code: 'not_found', message: 'No such session.' } });
    const bad = await api('/api/sessions/bad%20id%3Cx%3E');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/must be a session id/) });
  });
});

describe('offline reading', () => {
  async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${server.url}${path}`, { headers: { Cookie: cookie, ...headers } });
  }

  it('serves a transcript and the list with an ETag, answering 304 while the copy is current', async () => {
    for (const path of ['/api/sessions/api-f4bfee8e12e3bdc3', '/api/sessions', '/api/sessions?source=cron']) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      // Cache-Control is not asserted: the server guard stamps no-store on every /api reply before Next
      // writes the route's own header (see lib/http/cacheable-json.ts and the unit test there).
      const etag = first.headers.get('etag') ?? '';
      expect(etag, path).toMatch(/^W\/"/);
      const again = await get(path, { 'If-None-Match': etag });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
    }
  });

  it('keeps the same URL and ETag for the same transcript, from any session of its chain', async () => {
    const a = await get('/api/sessions/api-f4bfee8e12e3bdc3');
    const b = await get('/api/sessions/api-f4bfee8e12e3bdc3');
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });

  it('keeps search results out of caches', async () => {
    const search = await get('/api/sessions/search?q=oats');
    expect(search.headers.get('cache-control')).toMatch(/^no-store\b/);
    expect(search.headers.get('etag')).toBeNull();
  });
});

describe('GET /api/sessions/search', () => {
  it('finds Chinese text and marks the match in the snippet', async () => {
    const { status, body } = await api<{ mode: string; hits: Hit[] }>(`/api/sessions/search?q=${encodeURIComponent('黑芝麻')}`);
    expect(status).toBe(200);
    expect(body.mode).toBe('trigram');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.every((h) => h.snippet.includes('\u0001黑芝麻\u0002'))).toBe(true);
    const hit = body.hits[0];
    const transcript = await api<Transcript>(`/api/sessions/${hit?.conversationId}`);
    expect(transcript.body.messages.some((m) => m.id === hit?.messageId)).toBe(true);
  });

  it('finds English words and filters by source', async () => {
    const all = await api<{ hits: Hit[] }>('/api/sessions/search?q=oats');
    expect(all.body.hits.length).toBeGreaterThan(0);
    const cron = await api<{ hits: Hit[] }>('/api/sessions/search?q=oats&source=cron');
    expect(cron.body.hits.every((h) => h.source === 'cron')).toBe(true);
  });

  it('treats search syntax as plain text', async () => {
    const { status, body } = await api<{ hits: Hit[] }>(`/api/sessions/search?q=${encodeURIComponent('"unbalanced AND OR (')}`);
    expect(status).toBe(200);
    expect(body.hits).toEqual([]);
  });

  it('answers 400 without a query', async () => {
    const { status, body } = await api('/api/sessions/search?q=%20');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^q: /) });
  });
});
