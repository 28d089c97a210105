import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStateDbs, listCronJobs, listCronOutputs, listSessions, searchMessages } from '@/lib/hermes-home';
import { DEFAULT_OPTIONS, generateHermesHome, type GenerateOptions } from '@/scripts/hermes-home-gen/generate';
import { cleanupTemp, FIXTURE_HOME, tempDir } from '../lib/hermes-home/helpers';

const OPTIONS: GenerateOptions = { ...DEFAULT_OPTIONS, sessions: 400, messages: 6000, reviews: 120, seed: 'unit' };
let home: string;

function schemaOf(file: string): string[] {
  // Read through a copy of the bytes: opening the fixture itself would leave -wal/-shm files in the repo.
  const buf = fs.readFileSync(file);
  buf.fill(1, 18, 20);
  const db = new Database(buf, { readonly: true });
  try {
    return db.prepare("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || IFNULL(sql, '') FROM sqlite_master ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}

beforeAll(() => {
  home = path.join(tempDir(), 'home');
  generateHermesHome(home, OPTIONS);
});
afterAll(() => {
  closeStateDbs();
  cleanupTemp();
});

describe('generate-hermes-home', () => {
  it('copies the fixture schema exactly: tables, FTS5 tables, indexes and triggers', () => {
    expect(schemaOf(path.join(home, 'state.db'))).toEqual(schemaOf(path.join(FIXTURE_HOME, 'state.db')));
  });

  it('writes exactly the requested sessions, messages and run files, indexed for search', () => {
    const db = new Database(path.join(home, 'state.db'), { readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get();
      expect(count('SELECT COUNT(*) FROM sessions')).toBe(OPTIONS.sessions);
      expect(count('SELECT COUNT(*) FROM messages')).toBe(OPTIONS.messages);
      expect(count('SELECT COUNT(*) FROM messages_fts')).toBe(OPTIONS.messages);
      expect(count('SELECT COUNT(*) FROM messages_fts_trigram')).toBe(OPTIONS.messages);
      expect(count('SELECT COUNT(*) FROM sessions s WHERE message_count <> (SELECT COUNT(*) FROM messages m WHERE m.session_id = s.id)')).toBe(0);
      expect(count("SELECT COUNT(DISTINCT source) FROM sessions WHERE source IN ('cron', 'api_server', 'discord', 'cli', 'line')")).toBe(5);
      expect(count("SELECT COUNT(*) FROM sessions WHERE end_reason = 'compression'")).toBeGreaterThan(0);
      expect(count("SELECT COUNT(*) FROM messages WHERE tool_calls IS NOT NULL AND finish_reason = 'tool_calls'")).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('writes run files the readers parse like Hermes’ own, with failures and silent runs among them', async () => {
    const { items, total } = await listCronOutputs({ home, limit: 500 });
    expect(total).toBe(OPTIONS.reviews);
    const statuses = new Set(items.map((i) => i.status));
    expect(statuses).toContain('ok');
    expect(statuses).toContain('silent');
    expect(items.every((i) => i.jobName !== null)).toBe(true);
    const { jobs } = await listCronJobs({ home });
    expect(jobs.map((j) => j.name)).toEqual(['daily-review', 'heartbeat', 'weekly digest', '月盤點報告']);
  });

  it('gives the readers conversations, chains and Chinese text to find', async () => {
    const list = await listSessions({ home, limit: 500 });
    expect(list.items.some((r) => r.sessionIds.length > 1)).toBe(true);
    expect((await searchMessages({ home, query: '黑芝麻吐司', limit: 5 })).hits.length).toBeGreaterThan(0);
    expect((await searchMessages({ home, query: '庫存', limit: 5 })).hits.length).toBeGreaterThan(0);
  });

  it('writes the same data for the same options', () => {
    const again = path.join(tempDir(), 'home');
    generateHermesHome(again, OPTIONS);
    const dump = (dir: string) => {
      const db = new Database(path.join(dir, 'state.db'), { readonly: true });
      try {
        return db.prepare('SELECT id, session_id, role, content, tool_calls, timestamp FROM messages ORDER BY id').raw().all();
      } finally {
        db.close();
      }
    };
    expect(dump(again)).toEqual(dump(home));
    expect(fs.readFileSync(path.join(again, 'cron/jobs.json'), 'utf8')).toBe(fs.readFileSync(path.join(home, 'cron/jobs.json'), 'utf8'));
  });

  it('refuses to write over an existing home', () => {
    expect(() => generateHermesHome(home, OPTIONS)).toThrow(/already exists/);
  });
});
