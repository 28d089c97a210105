import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { login, REPO_ROOT, startPaddock, type PaddockServer } from '../../support/paddock-server';

const KEY = 'integration-skills-key';
const FIXTURE_INDEX = path.join(REPO_ROOT, 'tests/fixtures/skills-index/index.json');

/** A gateway that advertises a skills endpoint in the fork's shape (hermes-gateway.md §4.8), as no fake gateway scenario does. */
function startSkillsGateway(): Promise<{ url: string; close: () => Promise<void> }> {
  const skill = { name: 'claude-code', description: 'Delegate coding to Claude Code CLI (features, PRs).', category: 'autonomous-ai-agents', tags: ['Coding-Agent', 'Claude'], source: 'builtin', trust_level: 'builtin', identifier: 'builtin:claude-code', author: 'Hermes Agent', version: '2.2.0', license: 'MIT' };
  const content = '---\nname: claude-code\ndescription: "Delegate coding to Claude Code CLI (features, PRs)."\nprerequisites: {env_vars: [ANTHROPIC_API_KEY]}\n---\n\n# Claude Code\n\nRun `claude -p`.\n';
  const routes: Record<string, unknown> = {
    '/health': { status: 'ok', platform: 'hermes-agent' },
    '/v1/capabilities': { object: 'hermes.api_server.capabilities', model: 'hermes-agent', features: {}, endpoints: { health: { method: 'GET', path: '/health' }, skills: { method: 'GET', path: '/api/skills' } } },
    '/v1/models': { object: 'list', data: [{ id: 'hermes-agent', object: 'model' }] },
    '/api/skills': { success: true, skills: [skill], categories: ['autonomous-ai-agents'], count: 1 },
    '/api/skills/claude-code': { success: true, name: 'claude-code', content },
  };
  const server = http.createServer((req, res) => {
    const body = routes[(req.url ?? '').split('?')[0] ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('with a gateway that lists skills and no HERMES_HOME', () => {
  let gateway: Awaited<ReturnType<typeof startSkillsGateway>>;
  let server: PaddockServer;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    gateway = await startSkillsGateway();
    server = await startPaddock({ HERMES_API_URL: gateway.url, SKILLS_INDEX_URL: FIXTURE_INDEX });
    api = apiClient(server, await login(server));
  });
  afterAll(async () => {
    await server?.stop();
    await gateway?.close();
  });

  it('lists the installed skills from the gateway', async () => {
    const { status, body } = await api<{ source: string; skills: { id: string; name: string; category: string; provenance: { origin: string } }[] }>('/api/skills');
    expect(status).toBe(200);
    expect(body.source).toBe('gateway');
    expect(body.skills).toEqual([expect.objectContaining({ id: 'claude-code', name: 'claude-code', category: 'autonomous-ai-agents', provenance: expect.objectContaining({ origin: 'builtin' }) })]);
  });

  it('shows a skill’s text when the gateway serves it, with needs it cannot check', async () => {
    const { status, body } = await api<{ body: string; source: string; files: unknown[]; needs: { env: { name: string; set: boolean | null }[] } }>('/api/skills/installed/claude-code');
    expect(status).toBe(200);
    expect(body).toMatchObject({ source: 'gateway', files: [] });
    expect(body.body).toMatch(/^# Claude Code/);
    expect(body.needs.env).toEqual([expect.objectContaining({ name: 'ANTHROPIC_API_KEY', set: null })]);
  });

  it('answers 404 for a skill the gateway does not list, and 503 for files it cannot serve', async () => {
    expect((await api('/api/skills/installed/nope')).status).toBe(404);
    const files = await api('/api/skills/files/claude-code?path=scripts/x.py');
    expect(files).toMatchObject({ status: 503, body: { code: 'feature_unavailable', message: expect.stringMatching(/HERMES_HOME/) } });
  });

  it('marks catalogue entries by name from the gateway’s list', async () => {
    const { body } = await api<{ installedKnown: boolean }>('/api/skills/catalogue');
    expect(body.installedKnown).toBe(true);
  });
});

describe('with neither HERMES_HOME nor a gateway skills endpoint', () => {
  let gateway: FakeGateway;
  let server: PaddockServer;
  let cookie: string;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
    server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, SKILLS_INDEX_URL: FIXTURE_INDEX });
    cookie = await login(server);
    api = apiClient(server, cookie);
  });
  afterAll(async () => {
    await server?.stop();
    await gateway?.close();
  });

  it.each(['/api/skills', '/api/skills/installed/research/arxiv', '/api/skills/files/research/arxiv?path=scripts/search_arxiv.py'])('%s answers 503 naming HERMES_HOME', async (url) => {
    const { status, body } = await api(url);
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/HERMES_HOME/) });
  });

  it('still serves the catalogue, without installed marks', async () => {
    const { status, body } = await api<{ total: number; installedKnown: boolean; items: { installed: unknown }[] }>('/api/skills/catalogue');
    expect(status).toBe(200);
    expect(body.installedKnown).toBe(false);
    expect(body.items.every((i) => i.installed === null)).toBe(true);
  });

  it('says what to configure on the Skills screen', async () => {
    const html = await (await fetch(`${server.url}/skills`, { headers: { Cookie: cookie } })).text();
    expect(html).toMatch(/Installed skills are not available/);
    expect(html).toMatch(/HERMES_HOME/);
  });
});

describe('the catalogue when the index cannot be fetched', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-skills-data-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function catalogueOf(indexUrl: string) {
    const server = await startPaddock({ DATA_DIR: dataDir, SKILLS_INDEX_URL: indexUrl, HERMES_API_URL: 'http://127.0.0.1:9' });
    try {
      const api = apiClient(server, await login(server));
      const first = await api<{ total: number; status: { fetchedAt: number | null; lastError: string | null } }>('/api/skills/catalogue');
      // The copy answers at once; the refresh it triggered runs behind it.
      let status = first.body.status;
      for (let i = 0; i < 50 && status.lastError === null && indexUrl.startsWith('http'); i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await api<{ status: typeof status }>('/api/skills/catalogue')).body.status;
      }
      return { reply: first, status };
    } finally {
      await server.stop();
    }
  }

  it('keeps serving the copy saved in DATA_DIR, and says why it could not refresh', async () => {
    const online = await catalogueOf(FIXTURE_INDEX);
    expect(online.reply.status).toBe(200);
    const offline = await catalogueOf('http://127.0.0.1:9/skills-index.json');
    expect(offline.reply.status).toBe(200);
    expect(offline.reply.body.total).toBe(online.reply.body.total);
    expect(offline.status.fetchedAt).toBe(online.reply.body.status.fetchedAt);
    expect(offline.status.lastError).toMatch(/cannot be reached/);
  });

  it('explains a catalogue that has never been fetched', async () => {
    fs.rmSync(path.join(dataDir, 'skills-index'), { recursive: true, force: true });
    const server = await startPaddock({ DATA_DIR: dataDir, SKILLS_INDEX_URL: 'http://127.0.0.1:9/skills-index.json', HERMES_API_URL: 'http://127.0.0.1:9' });
    try {
      const { status, body } = await apiClient(server, await login(server))('/api/skills/catalogue');
      expect(status).toBe(503);
      expect(body).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/could not be fetched from http:\/\/127\.0\.0\.1:9\/skills-index\.json/) });
    } finally {
      await server.stop();
    }
  });
});
