import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';

/** Without HERMES_HOME, the session log comes from a gateway that advertises upstream Hermes' session API. */
const KEY = 'gateway-sessions-key';
let home: string;
let withApi: FakeGateway;
let withoutApi: FakeGateway;
let server: PaddockServer;
let plainServer: PaddockServer;
let api: ReturnType<typeof apiClient>;
let plainApi: ReturnType<typeof apiClient>;

interface List {
  items: { id: string; source: string; title: string | null; preview: string; messageCount: number; startedAt: number; lastActiveAt: number }[];
  total: number;
  sources: { source: string; count: number }[];
}
interface Transcript {
  id: string;
  source: string;
  title: string | null;
  messages: { role: string; content: string | null; timestamp: number; toolCalls: { name: string }[] | null }[];
}

/** Facts straight from the fixture's state.db, so the test follows whatever data it holds. */
function fixtureFacts() {
  const db = new Database(path.join(home, 'state.db'), { readonly: true });
  try {
    const roots = db.prepare('SELECT id, source, title FROM sessions WHERE parent_session_id IS NULL').all() as { id: string; source: string; title: string | null }[];
    const busiest = db.prepare('SELECT session_id AS id, COUNT(*) AS n FROM messages GROUP BY session_id ORDER BY n DESC LIMIT 1').get() as { id: string; n: number };
    const withTools = db.prepare("SELECT session_id AS id FROM messages WHERE tool_calls IS NOT NULL AND tool_calls != '' LIMIT 1").get() as { id: string } | undefined;
    return { roots, busiest, withTools };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  home = copyFixtureHome();
  withApi = await startFakeGateway({ apiKey: KEY, hermesHome: home, sessionApi: true });
  withoutApi = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: withApi.url, HERMES_API_KEY: KEY });
  plainServer = await startPaddock({ HERMES_API_URL: withoutApi.url, HERMES_API_KEY: KEY });
  api = apiClient(server, await login(server));
  plainApi = apiClient(plainServer, await login(plainServer));
});
afterAll(async () => {
  await server?.stop();
  await plainServer?.stop();
  await withApi?.close();
  await withoutApi?.close();
});

describe('the session log through the gateway', () => {
  it('lists the conversations the gateway serves, newest activity first, with their sources', async () => {
    const { roots } = fixtureFacts();
    const { status, body } = await api<List>('/api/sessions?limit=100');
    expect(status).toBe(200);
    expect(body.items.map((r) => r.id).sort()).toEqual(roots.map((r) => r.id).sort());
    const active = body.items.map((r) => r.lastActiveAt);
    expect(active).toEqual([...active].sort((a, b) => b - a));
    expect(body.items.every((r) => r.startedAt > 1e12)).toBe(true);
    expect(body.sources.reduce((n, s) => n + s.count, 0)).toBe(roots.length);
    const gatewayCalls = withApi.requests.filter((r) => r.path.startsWith('/api/sessions?'));
    expect(gatewayCalls.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('filters by source and pages through the gateway', async () => {
    const { roots } = fixtureFacts();
    const source = roots[0]?.source ?? '';
    const { body } = await api<List>(`/api/sessions?source=${encodeURIComponent(source)}&limit=100`);
    expect(body.items.length).toBe(roots.filter((r) => r.source === source).length);
    expect(body.items.every((r) => r.source === source)).toBe(true);
    const first = await api<List>('/api/sessions?limit=1');
    const second = await api<List>('/api/sessions?limit=1&offset=1');
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items[0]?.id).not.toBe(first.body.items[0]?.id);
    expect(first.body.total).toBeGreaterThan(1);
  });

  it('opens a transcript with its messages, times and tool calls', async () => {
    const { busiest, withTools } = fixtureFacts();
    const { status, body } = await api<Transcript>(`/api/sessions/${encodeURIComponent(busiest.id)}`);
    expect(status).toBe(200);
    expect(body.messages).toHaveLength(busiest.n);
    expect(body.messages.every((m) => m.timestamp > 1e12)).toBe(true);
    if (withTools) {
      const tools = await api<Transcript>(`/api/sessions/${encodeURIComponent(withTools.id)}`);
      expect(tools.body.messages.some((m) => (m.toolCalls ?? []).length > 0)).toBe(true);
    }
  });

  it('answers 404 for a session the gateway does not know', async () => {
    const { status, body } = await api('/api/sessions/no-such-session-here');
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'not_found' });
  });

  it('says plainly that search needs HERMES_HOME', async () => {
    const { status, body } = await api('/api/sessions/search?q=hello');
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/HERMES_HOME/) });
  });
});

describe('a gateway without a session API, and no HERMES_HOME', () => {
  it('says what to configure instead of guessing', async () => {
    const { status, body } = await plainApi('/api/sessions');
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/does not offer a session API.*HERMES_HOME/s) });
    expect(withoutApi.requests.some((r) => r.path.startsWith('/api/sessions'))).toBe(false);
  });
});
