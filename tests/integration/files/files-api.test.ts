import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryDoc } from '@/lib/files/memory-types';
import type { BackupInfo, DirListing, FileDoc, FileVersion, QuickOpenIndex, SavedFile } from '@/lib/files/types';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { rawRequest } from '../../support/raw-http';

let home: string;
let outside: string;
let server: PaddockServer;
let cookie: string;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  home = copyFixtureHome();
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-outside-'));
  fs.writeFileSync(path.join(outside, 'notes.txt'), 'outside the root');
  fs.writeFileSync(path.join(home, '.env'), 'OPENROUTER_API_KEY=sk-or-secret');
  fs.writeFileSync(path.join(home, 'auth.json'), '{"token":"secret"}');
  fs.symlinkSync(outside, path.join(home, 'escape'));
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9', HERMES_HOME: home, FILES_WRITABLE: '1' });
  cookie = await login(server);
  api = apiClient(server, cookie);
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const q = (p: string) => encodeURIComponent(p);

async function load(rel: string): Promise<FileDoc> {
  const { status, body } = await api<FileDoc>(`/api/files/content?path=${q(rel)}`);
  expect(status).toBe(200);
  return body;
}

function put(rel: string, content: string, base: FileVersion | null) {
  return api<SavedFile & { code?: string; message?: string; current?: { version: FileVersion; content: string }; syntax?: { line: number; column: number } }>('/api/files/content', {
    method: 'PUT',
    json: { path: rel, content, base },
  });
}

describe('GET /api/files/list', () => {
  it('lists the root with sizes and times, secrets and databases locked', async () => {
    const { status, body } = await api<DirListing>('/api/files/list');
    expect(status).toBe(200);
    const byName = new Map(body.entries.map((e) => [e.name, e]));
    expect(byName.get('config.yaml')).toMatchObject({ kind: 'file', size: fs.statSync(path.join(home, 'config.yaml')).size, blocked: null });
    expect(byName.get('memories')).toMatchObject({ kind: 'dir', size: null });
    for (const secret of ['.env', 'auth.json', 'state.db']) expect(byName.get(secret)?.blocked, secret).toMatch(/secrets or a database/);
    expect(byName.get('escape')).toMatchObject({ link: true, blocked: expect.stringMatching(/outside the files root/) });
  });

  it.each(['..', '../../etc', '%2e%2e', '%252e%252e%252f', '/etc', 'memories/../..', '..\\..', 'a\u0000b'])('refuses the path %j with 400', async (bad) => {
    const { status, body } = await api(`/api/files/list?path=${q(bad)}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request' });
  });
});

describe('GET /api/files/content', () => {
  it('returns config.yaml with its version and says it can be saved', async () => {
    const doc = await load('config.yaml');
    expect(doc).toMatchObject({ kind: 'text', name: 'config.yaml', editable: { writable: true } });
    expect(doc.content).toBe(fs.readFileSync(path.join(home, 'config.yaml'), 'utf8'));
    expect(doc.version?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(['.env', 'auth.json', 'state.db', 'escape/notes.txt'])('never serves %s', async (rel) => {
    const { status, body } = await api<{ message: string }>(`/api/files/content?path=${q(rel)}`);
    expect(status).toBe(403);
    expect(JSON.stringify(body)).not.toMatch(/sk-or-secret|"token"|outside the root/);
  });

  it('answers 404 for a missing file', async () => {
    expect((await api(`/api/files/content?path=${q('nope.md')}`)).status).toBe(404);
  });
});

describe('PUT /api/files/content', () => {
  it('saves, keeps the previous version, and restores it', async () => {
    const before = await load('SOUL.md');
    const saved = await put('SOUL.md', `${before.content}\nBe brief.\n`, before.version);
    expect(saved.status).toBe(200);
    expect(fs.readFileSync(path.join(home, 'SOUL.md'), 'utf8')).toBe(`${before.content}\nBe brief.\n`);

    const backups = await api<{ backups: BackupInfo[] }>(`/api/files/backups?path=SOUL.md`);
    expect(backups.body.backups[0]).toMatchObject({ id: saved.body.backup?.id, sha256: before.version?.sha256 });
    const kept = await api<{ content: string }>(`/api/files/backups/content?path=SOUL.md&id=${saved.body.backup?.id}`);
    expect(kept.body.content).toBe(before.content);

    const restored = await api<SavedFile>('/api/files/backups/restore', { json: { path: 'SOUL.md', backup: saved.body.backup?.id, base: saved.body.version } });
    expect(restored.status).toBe(200);
    expect(fs.readFileSync(path.join(home, 'SOUL.md'), 'utf8')).toBe(before.content);
  });

  it('answers 409 with the current text when the agent changed the file, and changes nothing', async () => {
    const loaded = await load('memories/USER.md');
    const agentText = `${loaded.content}\n§\nMs. Lin switched to a new flour supplier.`;
    fs.writeFileSync(path.join(home, 'memories/USER.md'), agentText);
    const reply = await put('memories/USER.md', 'my stale edit', loaded.version);
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'conflict', current: { content: agentText } });
    expect(fs.readFileSync(path.join(home, 'memories/USER.md'), 'utf8')).toBe(agentText);
  });

  it('answers 400 with line and column for invalid YAML, and changes nothing', async () => {
    const loaded = await load('config.yaml');
    const reply = await put('config.yaml', 'model:\n  default: [fake-model\nterminal:\n  backend: local\n', loaded.version);
    expect(reply.status).toBe(400);
    expect(reply.body.syntax).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(reply.body.message).toMatch(/not valid YAML \(line \d+, column \d+\)/);
    expect(fs.readFileSync(path.join(home, 'config.yaml'), 'utf8')).toBe(loaded.content);
  });

  it('refuses to write a secret or through a link out of the root', async () => {
    const base = { size: 1, mtimeMs: 1, sha256: 'a'.repeat(64) };
    expect((await put('.env', 'X=1', base)).status).toBe(403);
    expect((await put('escape/notes.txt', 'x', base)).status).toBe(403);
    expect(fs.readFileSync(path.join(home, '.env'), 'utf8')).toBe('OPENROUTER_API_KEY=sk-or-secret');
    expect(fs.readFileSync(path.join(outside, 'notes.txt'), 'utf8')).toBe('outside the root');
  });

  it('refuses a body over the size limit with 413', async () => {
    const loaded = await load('SOUL.md');
    expect((await put('SOUL.md', 'x'.repeat(7 * 1024 * 1024), loaded.version)).status).toBe(413);
  });

  it('refuses a cross-origin save in the server guard', async () => {
    const loaded = await load('SOUL.md');
    const reply = await rawRequest(`${server.url}/api/files/content`, {
      method: 'PUT',
      headers: { Cookie: cookie, Origin: 'https://attacker.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: 'SOUL.md', content: 'pwned', base: loaded.version }),
    });
    expect(reply.status).toBe(403);
    expect(fs.readFileSync(path.join(home, 'SOUL.md'), 'utf8')).toBe(loaded.content);
  });
});

describe('quick open and memory', () => {
  it('indexes openable files without secrets', async () => {
    const { body } = await api<QuickOpenIndex>('/api/files/index');
    expect(body.files).toEqual(expect.arrayContaining(['config.yaml', 'SOUL.md', 'memories/MEMORY.md', 'skills/research/arxiv/SKILL.md']));
    expect(body.files.some((f) => /\.env|auth\.json|state\.db|escape/.test(f))).toBe(false);
  });

  it('shows MEMORY.md as entries and edits one of them', async () => {
    const memory = await api<MemoryDoc>('/api/files/memory/memory');
    expect(memory.body.entries).toHaveLength(3);
    const changed = await api<MemoryDoc>('/api/files/memory/memory', { json: { op: 'replace', original: memory.body.entries[2], text: 'Flour supplier is 王先生; confirm December orders by 15 Nov.' } });
    expect(changed.status).toBe(200);
    expect(changed.body.entries[2]).toBe('Flour supplier is 王先生; confirm December orders by 15 Nov.');
    expect(fs.readFileSync(path.join(home, 'memories/MEMORY.md'), 'utf8').split('\n§\n')).toEqual(changed.body.entries);
  });

  it('answers 400 for an unknown memory store', async () => {
    expect((await api('/api/files/memory/secrets')).status).toBe(400);
  });
});

describe('without a session', () => {
  it.each([
    ['GET', '/api/files/list'],
    ['GET', '/api/files/content?path=config.yaml'],
    ['PUT', '/api/files/content'],
    ['GET', '/api/files/index'],
    ['GET', '/api/files/backups?path=SOUL.md'],
    ['POST', '/api/files/backups/restore'],
    ['GET', '/api/files/memory/user'],
    ['POST', '/api/files/memory/user'],
  ])('refuses %s %s with 401', async (method, url) => {
    const reply = await fetch(`${server.url}${url}`, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
    expect(reply.status).toBe(401);
  });
});

describe('Monaco’s files', () => {
  it('are served from Paddock itself, to a signed-in user only', async () => {
    const anonymous = await fetch(`${server.url}/monaco/vs/loader.js`);
    expect(anonymous.status).toBe(401);
    const signedIn = await fetch(`${server.url}/monaco/vs/loader.js`, { headers: { Cookie: cookie } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('content-type')).toMatch(/javascript/);
  });
});
