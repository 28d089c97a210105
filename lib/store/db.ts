import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getConfig } from '@/lib/config';
import { MIGRATIONS } from './migrations';
import { writeQueue } from './write-behind';

type Db = Database.Database;

/**
 * One connection per database file for the whole process, shared through globalThis: the server
 * bundle (chat turns, push) and Next's bundle (every other route) each have their own copy of this
 * module, and a second copy opening the file would rerun the restart clean-up below while this
 * process is streaming an answer.
 */
const SLOT = Symbol.for('paddock.store.connections');
const shared = globalThis as typeof globalThis & { [SLOT]?: Map<string, Db> };
const open: Map<string, Db> = (shared[SLOT] ??= new Map<string, Db>());

/** Opens (once per path) Paddock's own SQLite database in DATA_DIR and brings its schema up to date. */
export function openStore(dataDir = getConfig().dataDir): Db {
  const file = path.join(dataDir, 'paddock.db');
  const existing = open.get(file);
  if (existing) return existing;
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 3000');
  // With WAL, NORMAL never corrupts the database; a power cut may drop only the last commits, and it saves an fsync per send.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  // Opened once per process, before this process streams anything: rows still streaming were cut by a restart.
  db.prepare("UPDATE chat_messages SET status = 'failed', error = 'Paddock restarted while this answer was streaming.' WHERE status = 'streaming'").run();
  // A send cut by a restart may or may not have reached the gateway; never resend it automatically.
  db.prepare("UPDATE chat_messages SET status = 'delivered', error = 'Paddock restarted while sending this; the agent may not have received it.' WHERE status = 'sending'").run();
  open.set(file, db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Closes every open store and drops writes not yet committed (tests: each starts from a clean slate). Safe to call twice. */
export function closeStores(): void {
  for (const db of open.values()) db.close();
  open.clear();
  writeQueue.writes.length = 0;
  writeQueue.held.clear();
}
