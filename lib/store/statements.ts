import type Database from 'better-sqlite3';

const compiled = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The prepared statement for `sql` on `db`, compiled once per connection. Compiling is a large
 * share of a small write, and a chat turn's claim sits between the user's tap and the gateway call.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let byText = compiled.get(db);
  if (!byText) compiled.set(db, (byText = new Map()));
  let prepared = byText.get(sql);
  if (!prepared) byText.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
