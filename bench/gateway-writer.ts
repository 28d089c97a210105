import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Stands in for a running Hermes gateway: appends one message to a session through the real table
 * (so the FTS triggers run) and bumps its message_count, as append_message does. `undo()` removes
 * what it added, so the cached benchmark home stays as generated.
 */
export function gatewayWriter(home: string, sessionId: string) {
  const db = new Database(path.join(home, 'state.db'));
  db.pragma('journal_mode = WAL');
  const insert = db.prepare("INSERT INTO messages (session_id, role, content, timestamp) VALUES (?, 'user', ?, ?)");
  const bump = db.prepare('UPDATE sessions SET message_count = message_count + ? WHERE id = ?');
  const added: number[] = [];
  return {
    append(): void {
      db.transaction(() => {
        added.push(Number(insert.run(sessionId, `bench ping ${added.length}`, Date.now() / 1000).lastInsertRowid));
        bump.run(1, sessionId);
      })();
    },
    undo(): void {
      const remove = db.prepare('DELETE FROM messages WHERE id = ?');
      db.transaction(() => {
        for (const id of added) remove.run(id);
        bump.run(-added.length, sessionId);
      })();
      added.length = 0;
      db.close();
    },
  };
}
