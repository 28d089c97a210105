import type Database from 'better-sqlite3';

/** A write that may land a moment after the code that asked for it goes on. */
export interface PendingWrite {
  /** Runs inside the batch's transaction, in a savepoint of its own. */
  run(db: Database.Database): void;
  /** Called once the commit that holds it is done. */
  written?(): void;
  /** Its savepoint was undone, or the whole commit failed. */
  failed(error: unknown): void;
}

interface WriteQueue {
  writes: PendingWrite[];
  /** Idempotency keys taken by a write not yet committed, or by one that failed (never released). */
  held: Set<string>;
  scheduled: boolean;
}

/**
 * Shared through globalThis like the connection itself (see db.ts): the server bundle writes,
 * Next's bundle reads the same rows, so both must flush the same queue.
 */
const SLOT = Symbol.for('paddock.store.writeBehind');
const shared = globalThis as typeof globalThis & { [SLOT]?: WriteQueue };
export const writeQueue: WriteQueue = (shared[SLOT] ??= { writes: [], held: new Set(), scheduled: false });

/**
 * Queues a write for the next turn of the event loop, where every write queued meanwhile lands in
 * one commit. A chat turn's writes sit between the user's tap and the gateway call, and between
 * the gateway's answer and the first token; a commit is the costliest of them, and twenty turns
 * starting together waited behind twenty commits each way (bench/stream).
 */
export function writeBehind(store: () => Database.Database, write: PendingWrite): void {
  writeQueue.writes.push(write);
  if (writeQueue.scheduled) return;
  writeQueue.scheduled = true;
  // The store is looked up when the batch is written, not now: it may have been closed and reopened.
  setImmediate(() => {
    writeQueue.scheduled = false;
    flushWrites(store());
  });
}

/** Commits every queued write now. Readers call it first, so they always see what was asked for. */
export function flushWrites(db: Database.Database): void {
  if (writeQueue.writes.length === 0) return;
  const batch = writeQueue.writes.splice(0);
  const undone = new Map<PendingWrite, unknown>();
  let failure: unknown;
  try {
    db.transaction(() => {
      for (const write of batch) {
        try {
          db.transaction(() => write.run(db))();
        } catch (error) {
          undone.set(write, error);
        }
      }
    })();
  } catch (error) {
    failure = error ?? new Error('The commit failed.');
  }
  for (const write of batch) {
    if (failure !== undefined) write.failed(failure);
    else if (undone.has(write)) write.failed(undone.get(write));
    else write.written?.();
  }
}
