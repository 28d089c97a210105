import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { HermesHomeError, isHermesHomeError } from './errors';
import { resolveHome } from './home';

export type StateDb = Database.Database;

/**
 * How the handle was opened:
 * - `ro`: plain read-only connection (SQLite `mode=ro`), shares the gateway's WAL and sees its commits.
 * - `snapshot`: in-memory copy of the main file, our stand-in for `immutable=1` (see openSnapshot).
 */
export type StateDbMode = 'ro' | 'snapshot';

// better-sqlite3 is synchronous: a long busy wait would stall the whole Node event loop, so keep it short.
// WAL readers only wait on the rare moments the gateway holds an exclusive lock (recovery, WAL reset).
const BUSY_TIMEOUT_MS = 2000;

interface Entry {
  db: StateDb;
  mode: StateDbMode;
  ino: number;
  size: number;
  mtimeMs: number;
}

const cache = new Map<string, Entry>();

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function sqliteCode(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return '';
}

function openReadOnly(dbPath: string): StateDb {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    // Opening is lazy; the first read is what attaches to -wal/-shm and fails on a read-only mount.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * The doc's advice for a stopped gateway on a read-only mount is `?immutable=1`. better-sqlite3 is built with
 * SQLITE_USE_URI=0 and never passes SQLITE_OPEN_URI, so URI parameters only work behind a process-global env
 * switch. Deserializing the main file is equivalent (no WAL exists to ignore, nothing is written next to it).
 */
function openSnapshot(dbPath: string): StateDb {
  const buf = fs.readFileSync(dbPath);
  // Header bytes 18/19 = 2 mark WAL mode, which an in-memory database cannot open; 1 = rollback journal.
  if (buf.length >= 20 && buf[18] === 2 && buf[19] === 2) {
    buf[18] = 1;
    buf[19] = 1;
  }
  const db = new Database(buf, { readonly: true });
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return db;
}

function open(dbPath: string): Entry {
  const stat = statOrNull(dbPath);
  if (!stat || !stat.isFile()) throw new HermesHomeError('hermes_home_missing', 'state.db does not exist in HERMES_HOME');
  let db: StateDb;
  let mode: StateDbMode = 'ro';
  try {
    db = openReadOnly(dbPath);
  } catch (err) {
    const code = sqliteCode(err);
    const walExists = statOrNull(`${dbPath}-wal`) !== null;
    // Only fall back when no WAL exists: with a running gateway, reading the main file alone misses commits.
    if (walExists || !(code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY'))) {
      throw new HermesHomeError('hermes_home_unreadable', 'state.db cannot be opened read-only', { cause: err });
    }
    try {
      db = openSnapshot(dbPath);
      mode = 'snapshot';
    } catch (snapErr) {
      throw new HermesHomeError('hermes_home_unreadable', 'state.db cannot be read', { cause: snapErr });
    }
  }
  return { db, mode, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
}

function isStale(dbPath: string, entry: Entry): boolean {
  const stat = statOrNull(dbPath);
  if (!stat) return true;
  // A replaced file (restore, profile switch) keeps the old inode open forever otherwise.
  if (stat.ino !== entry.ino) return true;
  if (entry.mode === 'ro') return false;
  // A snapshot never sees new data: refresh when the file changes or a gateway starts (its -wal appears).
  return stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs || statOrNull(`${dbPath}-wal`) !== null;
}

/** Returns the cached read-only handle for `<home>/state.db`; throws HermesHomeError hermes_home_missing / hermes_home_unreadable. */
export function getStateDb(home: string): StateDb {
  return getStateDbEntry(home).db;
}

/** Like getStateDb but also reports how the handle was opened (for diagnostics and tests); same errors. */
export function getStateDbEntry(home: string): { db: StateDb; mode: StateDbMode } {
  const dbPath = path.join(resolveHome(home), 'state.db');
  const cached = cache.get(dbPath);
  if (cached) {
    if (!isStale(dbPath, cached)) return { db: cached.db, mode: cached.mode };
    cached.db.close();
    cache.delete(dbPath);
  }
  try {
    const entry = open(dbPath);
    cache.set(dbPath, entry);
    return { db: entry.db, mode: entry.mode };
  } catch (err) {
    if (isHermesHomeError(err)) throw err;
    throw new HermesHomeError('hermes_home_unreadable', 'state.db cannot be opened', { cause: err });
  }
}

/** Closes every cached state.db handle (tests, shutdown); never throws. */
export function closeStateDbs(): void {
  for (const entry of cache.values()) {
    try {
      entry.db.close();
    } catch {
      // Closing is best effort during shutdown.
    }
  }
  cache.clear();
}

/**
 * Runs `fn` against the home's state.db inside one read transaction, so multi-query reads see one snapshot.
 * Throws fn's HermesHomeErrors as is; SQLite failures become HermesHomeError hermes_home_unreadable.
 */
export function readStateDb<T>(home: string, fn: (db: StateDb) => T): T {
  const db = getStateDb(home);
  try {
    return db.transaction(() => fn(db))();
  } catch (err) {
    if (isHermesHomeError(err)) throw err;
    throw new HermesHomeError('hermes_home_unreadable', 'state.db query failed', { cause: err });
  }
}

const columnCache = new WeakMap<StateDb, Map<string, Set<string>>>();

/** Column names of `table` (empty set if it does not exist), cached per handle; never throws for unknown tables. */
export function tableColumns(db: StateDb, table: string): Set<string> {
  let perDb = columnCache.get(db);
  if (!perDb) {
    perDb = new Map();
    columnCache.set(db, perDb);
  }
  const hit = perDb.get(table);
  if (hit) return hit;
  const cols = new Set<string>();
  for (const row of db.prepare('SELECT name FROM pragma_table_info(?)').all(table)) {
    if (typeof row === 'object' && row !== null && 'name' in row && typeof row.name === 'string') cols.add(row.name);
  }
  perDb.set(table, cols);
  return cols;
}
