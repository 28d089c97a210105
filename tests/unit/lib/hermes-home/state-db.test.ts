import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeStateDbs, getStateDb, getStateDbEntry, isHermesHomeError, listSessions, searchMessages } from '@/lib/hermes-home';
import { addMessage, addSession, cleanupTemp, copyFixture, openWriter, tempDir } from './helpers';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const PROBE = path.join(import.meta.dirname, 'ro-mount-probe.ts');
const canUnshare = process.platform === 'linux' && spawnSync('unshare', ['-rm', 'true']).status === 0;

afterEach(() => closeStateDbs());
afterAll(() => cleanupTemp());

function runOnReadOnlyMount(src: string): { mode: string; total: number } {
  const mnt = tempDir('hermes-ro-mnt-');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = `mount --bind ${q(src)} ${q(mnt)} && mount -o remount,bind,ro ${q(mnt)} && exec ${q(process.execPath)} --import tsx ${q(PROBE)} ${q(mnt)}`;
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', cmd], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).not.toMatch(/Error/);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
}

describe('state.db handle', () => {
  it('opens state.db read-only and reuses one cached handle per home', () => {
    const home = copyFixture();
    const first = getStateDbEntry(home);
    expect(first.mode).toBe('ro');
    expect(first.db.readonly).toBe(true);
    expect(getStateDb(home)).toBe(first.db);
    expect(getStateDb(`${home}/`)).toBe(first.db);
  });

  it('refuses writes through the reader handle', () => {
    const home = copyFixture();
    const db = getStateDb(home);
    expect(() => db.prepare(`DELETE FROM messages`).run()).toThrow(/readonly/i);
  });

  it('closeStateDbs closes every handle and the next call reopens', () => {
    const home = copyFixture();
    const db = getStateDb(home);
    closeStateDbs();
    expect(db.open).toBe(false);
    const again = getStateDb(home);
    expect(again).not.toBe(db);
    expect(again.open).toBe(true);
  });

  it('reports hermes_home_missing for a missing home and for a home without state.db', () => {
    const empty = tempDir();
    expect(() => getStateDb(path.join(empty, 'nope'))).toThrow(expect.objectContaining({ code: 'hermes_home_missing' }));
    expect(() => getStateDb(empty)).toThrow(expect.objectContaining({ code: 'hermes_home_missing' }));
    expect(() => getStateDb('')).toThrow(expect.objectContaining({ code: 'hermes_home_missing' }));
  });

  it('reports hermes_home_unreadable when state.db is not a database', () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'state.db'), 'definitely not sqlite'.repeat(100));
    let caught: unknown;
    try {
      getStateDb(home);
    } catch (err) {
      caught = err;
    }
    expect(isHermesHomeError(caught, 'hermes_home_unreadable')).toBe(true);
  });

  it('reads committed rows while the gateway keeps writing to the WAL, and is never blocked by an open write', async () => {
    const home = copyFixture();
    const writer = openWriter(home);
    try {
      expect((await listSessions({ home, limit: 1 })).total).toBe(23);

      const base = 1_796_100_000;
      addSession(writer, { id: 'live_1', source: 'telegram', started: base });
      addMessage(writer, 'live_1', 'user', '今天的酸種麵包賣完了嗎？', base + 1);
      expect(fs.statSync(path.join(home, 'state.db-wal')).size).toBeGreaterThan(0);

      const afterCommit = await listSessions({ home, limit: 1 });
      expect(afterCommit.total).toBe(24);
      expect(afterCommit.items[0]?.id).toBe('live_1');
      // The FTS triggers ran in the writer; the reader sees the un-checkpointed index pages too.
      const found = await searchMessages({ home, query: '酸種麵包', limit: 5 });
      expect(found.mode).toBe('trigram');
      expect(found.hits.map((h) => h.sessionId)).toEqual(['live_1']);

      writer.exec('BEGIN IMMEDIATE');
      addSession(writer, { id: 'live_2', source: 'telegram', started: base + 10 });
      const during = await listSessions({ home, limit: 1 });
      expect(during.total).toBe(24);
      writer.exec('COMMIT');
      expect((await listSessions({ home, limit: 1 })).total).toBe(25);
    } finally {
      writer.close();
    }
  });

  it.skipIf(!canUnshare)('falls back to an immutable-style snapshot on a read-only mount when the gateway is stopped', () => {
    const src = copyFixture();
    expect(fs.existsSync(path.join(src, 'state.db-wal'))).toBe(false);
    expect(runOnReadOnlyMount(src)).toEqual({ mode: 'snapshot', total: 23 });
  });

  it.skipIf(!canUnshare)('uses mode=ro on a read-only mount while the gateway runs, seeing un-checkpointed writes', () => {
    const src = copyFixture();
    const writer = openWriter(src);
    try {
      addSession(writer, { id: 'live_ro', source: 'cli', started: 1_796_100_000 });
      expect(runOnReadOnlyMount(src)).toEqual({ mode: 'ro', total: 24 });
    } finally {
      writer.close();
    }
  });
});
