import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';

const KEY = 'integration-key';
const FAILED = '50b370ec83f5/2026-11-23_08-00-41';
const DIGEST = 'd8fe129b0fd5/2026-11-23_09-00-34';
let home: string;
let gateway: FakeGateway;
let server: PaddockServer;
let api: ReturnType<typeof apiClient>;
let cookie: string;

interface Summary {
  id: string;
  jobId: string;
  runAt: number;
  status: string;
  read: boolean;
}
interface List {
  items: Summary[];
  total: number;
  unread: number;
  jobs: { id: string; name: string; runs: number; unread: number }[];
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

async function unread(): Promise<number> {
  const reply = await api<{ unread: number }>('/api/reviews/unread');
  expect(reply.status).toBe(200);
  return reply.body.unread;
}

describe('GET /api/reviews', () => {
  it('lists every run newest first with read marks, the unread count and the jobs', async () => {
    const { status, body } = await api<List>('/api/reviews?limit=100');
    expect(status).toBe(200);
    expect(body.total).toBe(13);
    expect(body.items).toHaveLength(13);
    const times = body.items.map((i) => i.runAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(body.unread).toBe(11);
    expect(body.items.filter((i) => !i.read)).toHaveLength(11);
    expect(body.items.filter((i) => i.status === 'silent').every((i) => i.read)).toBe(true);
    expect(body.jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['daily-review', 'heartbeat', 'weekly digest', 'call flour supplier']));
  });

  it('shows one job’s history and pages through it', async () => {
    const first = await api<List>('/api/reviews?job=50b370ec83f5&limit=5');
    const rest = await api<List>('/api/reviews?job=50b370ec83f5&limit=5&offset=5');
    expect(first.body.total).toBe(7);
    expect([...first.body.items, ...rest.body.items].map((i) => i.jobId)).toEqual(Array(7).fill('50b370ec83f5'));
  });

  it('answers 400 with a message for a malformed job filter', async () => {
    const { status, body } = await api('/api/reviews?job=../../etc');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^job: /) });
  });
});

describe('one review', () => {
  it('returns a failed run with its error and prompt, without marking it read', async () => {
    const before = await unread();
    const { status, body } = await api<{ review: { status: string; error: string; prompt: string; response: null; read: boolean } }>(`/api/reviews/${FAILED}`);
    expect(status).toBe(200);
    expect(body.review).toMatchObject({ status: 'failed', response: null, read: false });
    expect(body.review.error).toMatch(/HTTP 503/);
    expect(body.review.prompt).toMatch(/daily review/);
    expect(await unread()).toBe(before);
  });

  it('marks a run read, and the count drops once however often it is marked', async () => {
    const before = await unread();
    const first = await api<{ unread: number }>(`/api/reviews/${DIGEST}/read`, { method: 'POST' });
    expect(first).toEqual({ status: 200, body: { unread: before - 1 } });
    const again = await api<{ unread: number }>(`/api/reviews/${DIGEST}/read`, { method: 'POST' });
    expect(again.body.unread).toBe(before - 1);
    expect((await api<{ review: { read: boolean } }>(`/api/reviews/${DIGEST}`)).body.review.read).toBe(true);
  });

  it('answers 400 for a malformed id and 404 for a run that does not exist, changing nothing', async () => {
    const before = await unread();
    const malformed = await api('/api/reviews/NOT-A-JOB/2026-11-23_08-00-41/read', { method: 'POST' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/job: must be a job id/) });
    const badStamp = await api('/api/reviews/50b370ec83f5/yesterday/read', { method: 'POST' });
    expect(badStamp.status).toBe(400);
    const missing = await api('/api/reviews/50b370ec83f5/2030-01-01_00-00-00/read', { method: 'POST' });
    expect(missing).toEqual({ status: 404, body: { code: 'not_found', message: expect.stringMatching(/No such review/) } });
    expect((await api('/api/reviews/50b370ec83f5/2030-01-01_00-00-00')).status).toBe(404);
    expect(await unread()).toBe(before);
  });
});

describe('offline reading', () => {
  async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${server.url}${path}`, { headers: { Cookie: cookie, ...headers } });
  }

  it('serves the last 50 runs and each run at stable URLs with an ETag, 304 while unchanged', async () => {
    const list = await get('/api/reviews?limit=50');
    expect(list.status).toBe(200);
    const body = (await list.json()) as List;
    expect(body.items.length).toBe(13);
    for (const item of body.items) {
      const one = await get(`/api/reviews/${item.id}`);
      expect(one.status, item.id).toBe(200);
      const etag = one.headers.get('etag') ?? '';
      expect(etag, item.id).toMatch(/^W\/"/);
      expect((await get(`/api/reviews/${item.id}`, { 'If-None-Match': etag })).status, item.id).toBe(304);
    }
    expect((await get('/api/reviews?limit=50', { 'If-None-Match': list.headers.get('etag') ?? '' })).status).toBe(304);
  });

  it('changes the ETag once a run is read, so a kept copy is replaced', async () => {
    const alert = 'dcf4c3efe485/2026-11-16_09-41-04';
    const before = await get(`/api/reviews/${alert}`);
    const etag = before.headers.get('etag') ?? '';
    await api(`/api/reviews/${alert}/read`, { method: 'POST' });
    const after = await get(`/api/reviews/${alert}`, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { review: { read: boolean } }).review.read).toBe(true);
  });
});

describe('POST /api/reviews/read-all', () => {
  it('refuses a body that is not the expected JSON, changing nothing', async () => {
    const before = await unread();
    expect((await api('/api/reviews/read-all', { body: 'job=x', contentType: 'application/x-www-form-urlencoded' })).status).toBe(400);
    expect((await api('/api/reviews/read-all', { json: { job: 'zz' } })).status).toBe(400);
    expect((await api('/api/reviews/read-all', { json: { everything: true } })).status).toBe(400);
    expect((await api('/api/reviews/read-all', { json: { job: 'abcdefabcdef' } })).status).toBe(404);
    expect(await unread()).toBe(before);
  });

  it('marks one job’s runs read, then all of them', async () => {
    const before = await unread();
    const digest = await api<{ marked: number; unread: number }>('/api/reviews/read-all', { json: { job: '50b370ec83f5' } });
    expect(digest.status).toBe(200);
    expect(digest.body.unread).toBe(before - 7);
    const all = await api<{ unread: number }>('/api/reviews/read-all', { json: {} });
    expect(all.body.unread).toBe(0);
    const list = await api<List>('/api/reviews?limit=100');
    expect(list.body.items.every((i) => i.read)).toBe(true);
    expect(list.body.jobs.every((j) => j.unread === 0)).toBe(true);
  });
});
