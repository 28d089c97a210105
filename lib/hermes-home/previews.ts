import { decodeContent, previewText } from './content';
import { asRow, text } from './sql-row';
import type { StateDb } from './state-db';

/**
 * The first user message of a session never changes once written, so its one-line preview is kept
 * for the life of the handle. Sessions without one yet are asked again next time.
 */
const cache = new WeakMap<StateDb, Map<string, string>>();

/** A reader of conversation previews: the first user message across `chain`, one line; '' when there is none. */
export function previewReader(db: StateDb): (chain: readonly string[]) => string {
  let known = cache.get(db);
  if (!known) {
    known = new Map();
    cache.set(db, known);
  }
  const seen = known;
  const stmt = db.prepare(
    `SELECT content FROM messages WHERE session_id = ? AND role = 'user' AND content IS NOT NULL AND TRIM(content) != ''
     ORDER BY timestamp, id LIMIT 1`,
  );
  return (chain) => {
    for (const id of chain) {
      const hit = seen.get(id);
      if (hit !== undefined) return hit;
      const row = asRow(stmt.get(id));
      if (!row) continue;
      const preview = previewText(decodeContent(text(row, 'content')));
      seen.set(id, preview);
      return preview;
    }
    return '';
  };
}
