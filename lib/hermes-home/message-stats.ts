import type { StateDb } from './state-db';

export interface SessionMessageStats {
  count: number;
  /** Newest message timestamp, epoch seconds as stored. */
  lastTs: number;
}

/** Per-session message count and newest timestamp, plus what is needed to bring them up to date cheaply. */
export interface MessageStats {
  /** Highest messages.id seen; AUTOINCREMENT never hands out a lower one again. */
  maxId: number;
  total: number;
  bySession: Map<string, SessionMessageStats>;
}

function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') return Number(value) || 0;
  return 0;
}

function add(bySession: Map<string, SessionMessageStats>, sessionId: unknown, ts: unknown, count = 1): void {
  if (typeof sessionId !== 'string') return;
  const t = numberOf(ts);
  const s = bySession.get(sessionId);
  if (s) {
    s.count += count;
    if (t > s.lastTs) s.lastTs = t;
  } else bySession.set(sessionId, { count, lastTs: t });
}

function fullScan(db: StateDb, maxId: number, total: number): MessageStats {
  const bySession = new Map<string, SessionMessageStats>();
  // One pass over idx_messages_session (session_id, timestamp): it covers both columns, so no message row is read.
  const rows = db.prepare('SELECT session_id, COUNT(*), MAX(timestamp) FROM messages GROUP BY session_id').raw().all();
  for (const row of rows) if (Array.isArray(row)) add(bySession, row[0], row[2], numberOf(row[1]));
  return { maxId, total, bySession };
}

/**
 * Brings `prev` up to date with the database. Appended messages (ids above the last maximum) are
 * read by rowid range and added, which is what happens while the gateway chats. If the totals no
 * longer add up, rows were deleted (a session removed, a turn undone) and everything is counted again.
 * Mutates and returns `prev` when it can; throws SqliteError only if the messages table is unusable.
 */
export function refreshMessageStats(db: StateDb, prev: MessageStats | undefined): MessageStats {
  const maxId = numberOf(db.prepare('SELECT MAX(id) FROM messages').pluck().get());
  const total = numberOf(db.prepare('SELECT COUNT(*) FROM messages').pluck().get());
  if (!prev || maxId < prev.maxId) return fullScan(db, maxId, total);
  if (maxId === prev.maxId && total === prev.total) return prev;
  const fresh = db.prepare('SELECT session_id, timestamp FROM messages WHERE id > ?').raw().all(prev.maxId);
  if (prev.total + fresh.length !== total) return fullScan(db, maxId, total);
  for (const row of fresh) if (Array.isArray(row)) add(prev.bySession, row[0], row[1]);
  prev.maxId = maxId;
  prev.total = total;
  return prev;
}
