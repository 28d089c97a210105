import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export const FIXTURE_HOME = path.resolve(import.meta.dirname, '../../../fixtures/hermes-home');

const made: string[] = [];

/** A fresh temp dir, removed by cleanupTemp(). */
export function tempDir(prefix = 'hermes-home-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Copies the fixture HERMES_HOME into a temp dir. Tests never open the fixture itself: a read-only SQLite
 * connection creates state.db-wal/-shm next to a WAL database whenever the directory is writable.
 */
export function copyFixture(): string {
  const dir = tempDir();
  fs.cpSync(FIXTURE_HOME, dir, { recursive: true });
  return dir;
}

export function cleanupTemp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A read-write connection standing in for the Hermes gateway (WAL, no automatic checkpoints). */
export function openWriter(home: string): Database.Database {
  const db = new Database(path.join(home, 'state.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  return db;
}

export interface SessionSeed {
  id: string;
  source?: string;
  parent?: string | null;
  started: number;
  ended?: number | null;
  endReason?: string | null;
  title?: string | null;
  modelConfig?: string | null;
  toolCalls?: number;
  inputTokens?: number;
  outputTokens?: number;
}

export function addSession(db: Database.Database, s: SessionSeed): void {
  db.prepare(
    `INSERT INTO sessions (id, source, model, model_config, parent_session_id, started_at, ended_at, end_reason, title,
       tool_call_count, input_tokens, output_tokens)
     VALUES (?, ?, 'test-model', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id,
    s.source ?? 'cli',
    s.modelConfig ?? null,
    s.parent ?? null,
    s.started,
    s.ended ?? null,
    s.endReason ?? null,
    s.title ?? null,
    s.toolCalls ?? 0,
    s.inputTokens ?? 0,
    s.outputTokens ?? 0,
  );
}

/** Inserts through the real table so the FTS triggers index the row, as Hermes' append_message does. */
export function addMessage(
  db: Database.Database,
  sessionId: string,
  role: string,
  content: string | null,
  timestamp: number,
  extra: { toolCalls?: string; toolName?: string; toolCallId?: string } = {},
): number {
  const r = db
    .prepare(
      `INSERT INTO messages (session_id, role, content, timestamp, tool_calls, tool_name, tool_call_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(sessionId, role, content, timestamp, extra.toolCalls ?? null, extra.toolName ?? null, extra.toolCallId ?? null);
  db.prepare('UPDATE sessions SET message_count = message_count + 1 WHERE id = ?').run(sessionId);
  return Number(r.lastInsertRowid);
}

export const COMPACTION = '[CONTEXT COMPACTION — REFERENCE ONLY] Earlier turns were compacted into the summary below.';

/**
 * Seeds a three-session compression chain shaped like Hermes writes it (head copies, summary, tail copies, new
 * turns in each continuation) plus a subagent and a delegate-marked child that must stay hidden.
 */
export function seedCompressionChain(db: Database.Database, base: number): void {
  addSession(db, { id: 'chain_root', started: base, ended: base + 100, endReason: 'compression', title: 'Sourdough plan', inputTokens: 100, outputTokens: 10, toolCalls: 1 });
  addMessage(db, 'chain_root', 'user', 'How do I start a sourdough starter?', base + 1);
  addMessage(db, 'chain_root', 'assistant', 'Mix equal parts flour and water.', base + 2);
  addMessage(db, 'chain_root', 'user', 'Which flour?', base + 3);
  addMessage(db, 'chain_root', 'assistant', 'Whole wheat works best.', base + 4);
  addMessage(db, 'chain_root', 'user', 'And the feeding schedule?', base + 50);
  addMessage(db, 'chain_root', 'assistant', 'Feed it twice a day.', base + 51);

  addSession(db, { id: 'chain_sub', parent: 'chain_root', started: base + 10, ended: base + 20, endReason: 'completed' });
  addMessage(db, 'chain_sub', 'user', 'Research flour protein levels', base + 11);
  addSession(db, { id: 'chain_delegate', parent: 'chain_root', started: base + 150, modelConfig: '{"_delegate_from": "chain_root"}' });
  addMessage(db, 'chain_delegate', 'user', 'Summarise starter hydration', base + 151);

  addSession(db, { id: 'chain_mid', parent: 'chain_root', started: base + 101, ended: base + 300, endReason: 'compression', title: 'Sourdough plan #2', inputTokens: 200, outputTokens: 20 });
  addMessage(db, 'chain_mid', 'user', 'How do I start a sourdough starter?', base + 101);
  addMessage(db, 'chain_mid', 'assistant', 'Mix equal parts flour and water.', base + 101);
  addMessage(db, 'chain_mid', 'user', `${COMPACTION}\nThe user is building a starter.`, base + 101);
  addMessage(db, 'chain_mid', 'user', 'And the feeding schedule?', base + 101);
  addMessage(db, 'chain_mid', 'assistant', 'Feed it twice a day.', base + 101);
  addMessage(db, 'chain_mid', 'user', 'How long should the dough proof?', base + 120);
  addMessage(db, 'chain_mid', 'assistant', 'Four to six hours at room temperature.', base + 121);

  addSession(db, { id: 'chain_tip', parent: 'chain_mid', started: base + 301, title: 'Sourdough plan #3', inputTokens: 300, outputTokens: 30 });
  addMessage(db, 'chain_tip', 'assistant', '[CONTEXT SUMMARY]: starter and proofing covered.', base + 301);
  addMessage(db, 'chain_tip', 'assistant', 'Four to six hours at room temperature.', base + 301);
  addMessage(db, 'chain_tip', 'user', 'Can I refrigerate the dough overnight?', base + 320);
  addMessage(db, 'chain_tip', 'assistant', 'Yes, a cold retard of up to 48 hours works.', base + 321);
}
