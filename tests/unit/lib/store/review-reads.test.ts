import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '@/lib/store/migrations';

const config = vi.hoisted(() => ({ dataDir: '' }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

const { closeStores, openStore } = await import('@/lib/store/db');
const { countRead, markRead, readAt, readOutputIds } = await import('@/lib/store/review-reads');

beforeEach(() => {
  config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-store-'));
});
afterEach(() => {
  closeStores();
  fs.rmSync(config.dataDir, { recursive: true, force: true });
});

describe('review read marks', () => {
  it('marks runs read once and reports how many were new', () => {
    expect(markRead(['a/1', 'b/2'], 1000)).toBe(2);
    expect(markRead(['a/1', 'c/3'], 2000)).toBe(1);
    expect(readOutputIds(['a/1', 'b/2', 'c/3', 'd/4'])).toEqual(new Set(['a/1', 'b/2', 'c/3']));
    expect(countRead(['a/1', 'd/4'])).toBe(1);
  });

  it('keeps the time a run was first read', () => {
    markRead(['a/1'], 1000);
    markRead(['a/1'], 5000);
    expect(readAt('a/1')).toBe(1000);
    expect(readAt('never/read')).toBeNull();
  });

  it('handles more ids than one query may bind', () => {
    const ids = Array.from({ length: 1234 }, (_, i) => `job/${i}`);
    expect(markRead(ids.slice(0, 1000))).toBe(1000);
    expect(countRead(ids)).toBe(1000);
    expect(readOutputIds(ids).size).toBe(1000);
  });

  it('answers empty id lists without a query error', () => {
    expect(markRead([])).toBe(0);
    expect(countRead([])).toBe(0);
    expect(readOutputIds([]).size).toBe(0);
  });

  it('adds its table to a store created before it existed, keeping the data there', () => {
    const file = path.join(config.dataDir, 'paddock.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c1', 'Kept', 1, 1)").run();
    old.close();
    expect(markRead(['a/1'])).toBe(1);
    const db = openStore();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT title FROM conversations').pluck().get()).toBe('Kept');
  });
});
