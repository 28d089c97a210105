import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, REPO_ROOT, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { rawRequest } from '../../support/raw-http';

const KEY = 'integration-skills-key';
const FIXTURE_INDEX = path.join(REPO_ROOT, 'tests/fixtures/skills-index/index.json');
const OUTSIDE_SECRET = 'paddock-outside-marker-7f3a';
const ENV_SECRET = 'env-value-that-must-never-leak';

let home: string;
let outside: string;
let gateway: FakeGateway;
let server: PaddockServer;
let cookie: string;
let api: ReturnType<typeof apiClient>;

interface Summary {
  id: string;
  name: string;
  category: string | null;
  problems: string[];
  disabled: boolean;
  needsSetup: boolean;
  provenance: { origin: string; identifier: string | null };
}
interface List {
  skills: Summary[];
  categories: { name: string; count: number }[];
  tags: { name: string; count: number }[];
  source: string;
}

function skillDirsInFixture(): string[] {
  return (fs.readdirSync(path.join(home, 'skills'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => path.basename(f) === 'SKILL.md' && !f.split(path.sep).some((p) => p.startsWith('.')))
    .map((f) => path.dirname(f).split(path.sep).join('/'));
}

beforeAll(async () => {
  home = copyFixtureHome();
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), OUTSIDE_SECRET);
  fs.mkdirSync(path.join(home, 'skills/.hub'), { recursive: true });
  fs.writeFileSync(path.join(home, 'skills/.hub/lock.json'), JSON.stringify({ version: 1, installed: { arxiv: { source: 'official', identifier: 'official/research/arxiv', trust_level: 'builtin', install_path: 'research/arxiv', installed_at: '2026-11-20T10:00:00+00:00' } } }));
  fs.writeFileSync(path.join(home, '.env'), `OPENAI_API_KEY=${ENV_SECRET}\n`);
  fs.mkdirSync(path.join(home, 'skills/tools/broken'), { recursive: true });
  fs.writeFileSync(path.join(home, 'skills/tools/broken/SKILL.md'), '---\nname: broken\ndescription: [oops\nrequired_environment_variables: [OPENAI_API_KEY, NOT_SET_ANYWHERE]\n---\nBody of a broken skill.');
  fs.writeFileSync(path.join(home, 'skills/tools/broken/.env'), `HIDDEN=${ENV_SECRET}`);
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(home, 'skills/tools/broken/escape.txt'));
  fs.symlinkSync(outside, path.join(home, 'skills/tools/broken/escape-dir'));
  gateway = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, HERMES_HOME: home, SKILLS_INDEX_URL: FIXTURE_INDEX });
  cookie = await login(server);
  api = apiClient(server, cookie);
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
  for (const dir of [home, outside]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/skills', () => {
  it('lists every skill folder of HERMES_HOME, a broken one included, with categories and tags', async () => {
    const { status, body } = await api<List>('/api/skills');
    expect(status).toBe(200);
    expect(body.source).toBe('hermes-home');
    expect(body.skills.map((s) => s.id).sort()).toEqual(skillDirsInFixture().sort());
    const broken = body.skills.find((s) => s.id === 'tools/broken');
    expect(broken?.problems.join(' ')).toMatch(/not valid YAML/);
    expect(broken?.needsSetup).toBe(true);
    expect(body.categories.reduce((n, c) => n + c.count, 0)).toBe(body.skills.filter((s) => s.category).length);
    expect(body.skills.find((s) => s.name === 'arxiv')?.provenance).toMatchObject({ origin: 'hub', identifier: 'official/research/arxiv' });
    expect(JSON.stringify(body)).not.toContain(ENV_SECRET);
  });
});

describe('GET /api/skills/installed/<id>', () => {
  it('returns the skill with its text and files, with an ETag that revalidates to 304', async () => {
    const first = await fetch(`${server.url}/api/skills/installed/research/arxiv`, { headers: { Cookie: cookie } });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const skill = (await first.json()) as { name: string; body: string; files: { path: string }[]; source: string };
    expect(skill).toMatchObject({ name: 'arxiv', source: 'hermes-home' });
    expect(skill.body).toMatch(/^# /);
    expect(skill.files.map((f) => f.path)).toContain('scripts/search_arxiv.py');
    const again = await fetch(`${server.url}/api/skills/installed/research/arxiv`, { headers: { Cookie: cookie, 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('says whether needed variables are set, never their values', async () => {
    const { body } = await api<{ needs: { env: { name: string; set: boolean | null }[] } }>('/api/skills/installed/tools/broken');
    expect(body.needs.env).toEqual([expect.objectContaining({ name: 'OPENAI_API_KEY', set: true }), expect.objectContaining({ name: 'NOT_SET_ANYWHERE', set: false })]);
    expect(JSON.stringify(body)).not.toContain(ENV_SECRET);
  });

  it.each([
    ['/api/skills/installed/no/such-skill', 404],
    ['/api/skills/installed/research', 404],
    ['/api/skills/installed/tools/broken/escape-dir', 404],
    ['/api/skills/installed/.hub', 400],
  ])('%s answers %i', async (url, expected) => {
    const { status, body } = await api(url);
    expect(status).toBe(expected);
    expect(body).toMatchObject({ code: expected === 404 ? 'not_found' : 'bad_request' });
  });
});

describe('GET /api/skills/files/<id>?path=', () => {
  it('shows a script with its language', async () => {
    const { status, body } = await api<{ path: string; content: { kind: string; language: string; text: string } }>('/api/skills/files/research/arxiv?path=scripts/search_arxiv.py');
    expect(status).toBe(200);
    expect(body.content).toMatchObject({ kind: 'text', language: 'python' });
    expect(body.content.text).toBe(fs.readFileSync(path.join(home, 'skills/research/arxiv/scripts/search_arxiv.py'), 'utf8'));
  });

  it.each([
    ['../../../config.yaml', 400],
    ['scripts/../../../../config.yaml', 400],
    ['%2e%2e/%2e%2e/config.yaml', 400],
    ['/etc/passwd', 400],
    ['scripts\\..\\..\\x', 400],
    ['.env', 400],
    ['', 400],
    ['escape.txt', 404],
    ['escape-dir/secret.txt', 404],
    ['SKILL.md', 404],
    ['missing.txt', 404],
  ])('refuses path=%s with %i and reads nothing', async (rel, expected) => {
    const { status, body } = await api(`/api/skills/files/tools/broken?path=${encodeURIComponent(decodeURIComponent(rel))}`);
    expect(status).toBe(expected);
    expect(JSON.stringify(body)).not.toContain(OUTSIDE_SECRET);
    expect(JSON.stringify(body)).not.toContain(ENV_SECRET);
  });

  it.each([
    '/api/skills/installed/%2E%2E/%2E%2E/config.yaml',
    '/api/skills/installed/research/..%2F..%2F..%2Fconfig.yaml',
    '/api/skills/files/research/arxiv/../../../../config.yaml?path=x',
    '/api/skills/files/research/%2e%2e/%2e%2e/%2e%2e?path=config.yaml',
    '/api/skills/files/..%2F..%2F..?path=config.yaml',
    '/api/skills/files/research/arxiv?path=..%2F..%2F..%2Fconfig.yaml',
  ])('refuses the raw request %s without leaking a file', async (url) => {
    const response = await rawRequest(`${server.url}${url}`, { headers: { Cookie: cookie, Accept: 'application/json' } });
    // Next itself may answer first (a 404 page, or a 308 to the normalised path); either way nothing is read.
    expect([308, 400, 404]).toContain(response.status);
    expect(response.body).not.toContain('fake-model');
  });
});

interface CataloguePage {
  items: { identifier: string; name: string; installed: string | null; installCommand: string; source: string }[];
  total: number;
  sources: { name: string; count: number }[];
  trustLevels: { name: string; count: number }[];
  status: { fetchedAt: number | null; generatedAt: number | null; skillCount: number; lastError: string | null };
  installedKnown: boolean;
}

describe('GET /api/skills/catalogue', () => {
  it('reads the configured index, caches it in DATA_DIR with its date, and pages through it', async () => {
    const declared = (JSON.parse(fs.readFileSync(FIXTURE_INDEX, 'utf8')) as { skill_count: number }).skill_count;
    const first = await api<CataloguePage>('/api/skills/catalogue?limit=10');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(declared - 2);
    expect(first.body.items).toHaveLength(10);
    expect(first.body.status).toMatchObject({ skillCount: declared - 2, lastError: null, generatedAt: Date.parse('2026-11-22T03:14:07.512Z') });
    expect(first.body.status.fetchedAt).toBeGreaterThan(Date.now() - 60_000);
    const meta = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'skills-index/meta.json'), 'utf8')) as { fetchedAt: number };
    expect(meta.fetchedAt).toBe(first.body.status.fetchedAt);
    const rest = await api<CataloguePage>('/api/skills/catalogue?limit=100&offset=10');
    const ids = [...first.body.items, ...rest.body.items].map((i) => i.identifier);
    expect(new Set(ids).size).toBe(declared - 2);
  });

  it('searches and filters by source and trust, with facet counts', async () => {
    const { body } = await api<CataloguePage>('/api/skills/catalogue?q=pdf');
    expect(body.items[0]?.name).toMatch(/^pdf|nano-pdf/);
    expect(body.items.every((i) => JSON.stringify(i).toLowerCase().includes('pdf'))).toBe(true);
    const clawhub = await api<CataloguePage>('/api/skills/catalogue?source=clawhub');
    expect(clawhub.body.items.every((i) => i.source === 'clawhub')).toBe(true);
    expect(clawhub.body.total).toBe(clawhub.body.sources.find((s) => s.name === 'clawhub')?.count);
  });

  it('marks what is installed and offers the exact install command', async () => {
    const { body } = await api<CataloguePage>('/api/skills/catalogue?limit=100');
    expect(body.installedKnown).toBe(true);
    const byId = new Map(body.items.map((i) => [i.identifier, i]));
    expect(byId.get('official/research/arxiv')).toMatchObject({ installed: 'installed', installCommand: 'hermes skills install official/research/arxiv' });
    expect(byId.get('clawhub/obsidian-daily')?.installed).toBe('same-name');
    expect(byId.get('clawhub/weather-forecast')?.installed).toBeNull();
  });

  it('answers 400 for a bad page size', async () => {
    const { status, body } = await api('/api/skills/catalogue?limit=5000');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^limit: /) });
  });
});

describe('pages', () => {
  it.each(['/skills', '/skills/installed/research/arxiv', '/skills/files/research/arxiv?path=scripts%2Fsearch_arxiv.py', '/skills/hub?q=pdf'])('%s renders', async (url) => {
    const response = await fetch(`${server.url}${url}`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/cannot be shown|not available/);
  });

  it('says what is wrong for a file outside the skill instead of showing it', async () => {
    const response = await fetch(`${server.url}/skills/files/tools/broken?path=escape.txt`, { headers: { Cookie: cookie } });
    const html = await response.text();
    expect(html).toMatch(/This file cannot be shown/);
    expect(html).not.toContain(OUTSIDE_SECRET);
  });
});
