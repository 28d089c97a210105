import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Catalogue, FIRST_FETCH_RETRY_MS, REFRESH_INTERVAL_MS } from '@/lib/skills/catalogue/catalogue';
import type { IndexDownload, IndexValidators } from '@/lib/skills/catalogue/index-download';
import { installCommand, shellWord } from '@/lib/skills/catalogue/install-command';

const URL_A = 'https://example.test/skills-index.json';
const T0 = Date.parse('2026-11-23T08:00:00Z');

function indexText(names: string[], generatedAt = '2026-11-22T00:00:00Z'): string {
  return JSON.stringify({ version: 1, generated_at: generatedAt, skill_count: names.length, skills: names.map((name) => ({ name, identifier: `clawhub/${name}`, source: 'clawhub', trust_level: 'community' })) });
}

let dataDir: string;
let now: number;
let calls: { url: string; previous: IndexValidators | null }[];
let answer: () => Promise<IndexDownload>;

function catalogue(): Catalogue {
  return new Catalogue({
    dataDir,
    url: URL_A,
    now: () => now,
    download: (url, previous) => {
      calls.push({ url, previous });
      return answer();
    },
  });
}

const fresh = (names: string[]): (() => Promise<IndexDownload>) => () => Promise.resolve({ changed: true, text: indexText(names), validators: { etag: '"v1"', lastModified: null } });
const offline = () => Promise.reject(new Error('it cannot be reached (offline?)'));

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-catalogue-'));
  now = T0;
  calls = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('Catalogue', () => {
  it('fetches on first look, then caches the index in DATA_DIR with its date', async () => {
    answer = fresh(['alpha', 'beta']);
    const c = catalogue();
    expect((await c.index()).entries.map((e) => e.name)).toEqual(['alpha', 'beta']);
    expect(c.status()).toMatchObject({ url: URL_A, fetchedAt: T0, checkedAt: T0, skillCount: 2, generatedAt: Date.parse('2026-11-22T00:00:00Z'), lastError: null });
    const meta = JSON.parse(fs.readFileSync(path.join(dataDir, 'skills-index/meta.json'), 'utf8')) as { fetchedAt: number; url: string };
    expect(meta).toMatchObject({ fetchedAt: T0, url: URL_A });
    expect(fs.readFileSync(path.join(dataDir, 'skills-index/index.json'), 'utf8')).toBe(indexText(['alpha', 'beta']));
  });

  it('keeps working from the cached copy when offline, and says why it could not refresh', async () => {
    answer = fresh(['alpha']);
    await catalogue().index();
    answer = offline;
    now = T0 + REFRESH_INTERVAL_MS + 1;
    const restarted = catalogue();
    expect((await restarted.index()).entries.map((e) => e.name)).toEqual(['alpha']);
    await restarted.refresh();
    expect(restarted.status()).toMatchObject({ skillCount: 1, fetchedAt: T0, lastError: 'it cannot be reached (offline?)' });
  });

  it('asks the source at most every six hours, even after a failure', async () => {
    answer = fresh(['alpha']);
    const c = catalogue();
    await c.index();
    now = T0 + REFRESH_INTERVAL_MS - 1;
    await c.index();
    expect(calls).toHaveLength(1);
    answer = offline;
    now = T0 + REFRESH_INTERVAL_MS;
    await c.index();
    await c.refresh();
    expect(calls).toHaveLength(2);
    now += REFRESH_INTERVAL_MS - 1;
    await c.index();
    expect(calls).toHaveLength(2);
  });

  it('refreshes in the background: the old copy answers while the new one downloads', async () => {
    answer = fresh(['old']);
    const c = catalogue();
    await c.index();
    let release!: () => void;
    answer = () => new Promise<IndexDownload>((resolve) => (release = () => resolve({ changed: true, text: indexText(['new']), validators: { etag: '"v2"', lastModified: null } })));
    now = T0 + REFRESH_INTERVAL_MS;
    expect((await c.index()).entries.map((e) => e.name)).toEqual(['old']);
    expect(c.status().refreshing).toBe(true);
    release();
    await c.refresh();
    expect((await c.index()).entries.map((e) => e.name)).toEqual(['new']);
  });

  it('sends the last validators and keeps the copy on "not modified"', async () => {
    answer = fresh(['alpha']);
    const c = catalogue();
    await c.index();
    answer = () => Promise.resolve({ changed: false });
    now = T0 + REFRESH_INTERVAL_MS;
    await c.index();
    await c.refresh();
    expect(calls[1]?.previous).toEqual({ etag: '"v1"', lastModified: null });
    expect(c.status()).toMatchObject({ fetchedAt: T0, checkedAt: T0 + REFRESH_INTERVAL_MS, skillCount: 1 });
  });

  it('does not replace a good copy with a download that is not an index', async () => {
    answer = fresh(['alpha']);
    const c = catalogue();
    await c.index();
    answer = () => Promise.resolve({ changed: true, text: '<html>login to wifi</html>', validators: { etag: null, lastModified: null } });
    now = T0 + REFRESH_INTERVAL_MS;
    await c.index();
    await c.refresh();
    expect((await c.index()).entries.map((e) => e.name)).toEqual(['alpha']);
    expect(c.status().lastError).toMatch(/not JSON/);
    expect(fs.readFileSync(path.join(dataDir, 'skills-index/index.json'), 'utf8')).toBe(indexText(['alpha']));
  });

  it('without any copy, fails with the reason and retries only after a pause', async () => {
    answer = offline;
    const c = catalogue();
    await expect(c.index()).rejects.toThrow(/could not be fetched from https:\/\/example\.test\/skills-index\.json: it cannot be reached/);
    await expect(c.index()).rejects.toThrow();
    expect(calls).toHaveLength(1);
    now += FIRST_FETCH_RETRY_MS;
    answer = fresh(['alpha']);
    expect((await c.index()).entries).toHaveLength(1);
  });
});

describe('installCommand', () => {
  it('gives the exact hermes command, quoting only what the shell would misread', () => {
    expect(installCommand('official/research/arxiv')).toBe('hermes skills install official/research/arxiv');
    expect(installCommand('well-known/https://x.org/.well-known/skills/a')).toBe('hermes skills install well-known/https://x.org/.well-known/skills/a');
    expect(shellWord("it's; rm -rf ~")).toBe(`'it'\\''s; rm -rf ~'`);
    expect(shellWord('@owner/skill')).toBe('@owner/skill');
  });
});
