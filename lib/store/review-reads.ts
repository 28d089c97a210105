import { openStore } from './db';

/** SQLite's default bound-parameter cap is 32766; chunks stay far below it. */
const IDS_PER_QUERY = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += IDS_PER_QUERY) out.push(items.slice(i, i + IDS_PER_QUERY));
  return out;
}

/** The subset of `outputIds` that has a read mark. */
export function readOutputIds(outputIds: readonly string[]): Set<string> {
  const db = openStore();
  const read = new Set<string>();
  for (const chunk of chunks(outputIds)) {
    const rows = db.prepare(`SELECT output_id FROM review_reads WHERE output_id IN (${chunk.map(() => '?').join(',')})`).pluck().all(...chunk);
    for (const id of rows) if (typeof id === 'string') read.add(id);
  }
  return read;
}

/** How many of `outputIds` have a read mark: one COUNT per 500 ids. */
export function countRead(outputIds: readonly string[]): number {
  const db = openStore();
  let count = 0;
  for (const chunk of chunks(outputIds)) {
    const n = db.prepare(`SELECT COUNT(*) FROM review_reads WHERE output_id IN (${chunk.map(() => '?').join(',')})`).pluck().get(...chunk);
    count += typeof n === 'number' ? n : 0;
  }
  return count;
}

/** Marks outputs read; an existing mark keeps its first time. Returns how many were newly marked. */
export function markRead(outputIds: readonly string[], now = Date.now()): number {
  const db = openStore();
  const insert = db.prepare('INSERT INTO review_reads (output_id, read_at) VALUES (?, ?) ON CONFLICT(output_id) DO NOTHING');
  return db.transaction(() => outputIds.reduce((n, id) => n + insert.run(id, now).changes, 0))();
}

/** When `outputId` was first read (ms epoch), or null. */
export function readAt(outputId: string): number | null {
  const value = openStore().prepare('SELECT read_at FROM review_reads WHERE output_id = ?').pluck().get(outputId);
  return typeof value === 'number' ? value : null;
}
