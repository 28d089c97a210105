import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { SessionSeed } from './seeds';

type Db = Database.Database;

const FTS_SHADOW = /_(data|idx|content|docsize|config)$/;
const ORDER: Record<string, number> = { table: 0, index: 1, trigger: 2 };

/** The reference state.db, deserialised into memory so nothing (no -wal/-shm) is written next to it. */
function openReference(file: string): Db {
  const buf = fs.readFileSync(file);
  // WAL-mode header bytes (2, 2) cannot be opened in memory; 1 is the rollback journal, same content.
  if (buf[18] === 2 && buf[19] === 2) buf.fill(1, 18, 20);
  return new Database(buf, { readonly: true });
}

export interface SchemaEntry {
  type: string;
  name: string;
  sql: string;
}

export interface CopiedSchema {
  version: number | null;
  /** Schema objects recreated, triggers included. */
  entries: number;
  /** The reference's triggers, not yet created: see createTriggers. */
  triggers: SchemaEntry[];
}

/**
 * Recreates the reference database's schema verbatim from sqlite_master: tables, the FTS5 virtual
 * tables (their shadow tables come with them) and indexes, plus schema_version. Its triggers are
 * returned rather than created, so the FTS indexes can be filled in bulk first (createTriggers).
 */
export function copySchema(db: Db, referenceFile: string): CopiedSchema {
  const ref = openReference(referenceFile);
  try {
    const rows = ref.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_sequence'").all() as SchemaEntry[];
    const virtual = new Set(rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name));
    const wanted = rows.filter((r) => {
      const shadowOf = r.name.replace(FTS_SHADOW, '');
      return !(shadowOf !== r.name && virtual.has(shadowOf));
    });
    wanted.sort((a, b) => (ORDER[a.type] ?? 9) - (ORDER[b.type] ?? 9));
    for (const entry of wanted) if (entry.type !== 'trigger') db.exec(entry.sql);
    const version = ref.prepare('SELECT version FROM schema_version').pluck().get();
    if (typeof version === 'number') db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(version);
    return { version: typeof version === 'number' ? version : null, entries: wanted.length, triggers: wanted.filter((e) => e.type === 'trigger') };
  } finally {
    ref.close();
  }
}

// `INSERT INTO <fts>(rowid, content) VALUES (new.id, <expression over new.*>);` inside an AFTER INSERT trigger.
const INDEXING_TRIGGER = /AFTER INSERT ON messages BEGIN\s*INSERT INTO (\w+)\(rowid, content\) VALUES \(\s*new\.id,\s*([\s\S]*?)\s*\);\s*END\s*$/i;

/**
 * Statements that fill the FTS indexes the way the schema's own insert triggers would, but in one
 * statement per index over all messages: the expression is taken from each trigger, with `new.`
 * dropped. Row by row through the trigram trigger takes most of a minute for 200,000 messages; in
 * bulk, about a quarter of that. Null when a trigger does not have the expected shape.
 */
export function bulkIndexing(triggers: SchemaEntry[]): string[] | null {
  const fills: string[] = [];
  for (const t of triggers.filter((x) => /AFTER INSERT ON messages/i.test(x.sql))) {
    const m = INDEXING_TRIGGER.exec(t.sql);
    if (!m?.[1] || !m[2]) return null;
    fills.push(`INSERT INTO ${m[1]}(rowid, content) SELECT id, ${m[2].replace(/\bnew\./g, '')} FROM messages ORDER BY id`);
  }
  return fills;
}

/** Creates the reference's triggers verbatim. */
export function createTriggers(db: Db, triggers: SchemaEntry[]): void {
  for (const t of triggers) db.exec(t.sql);
}

/** Every stored session carries its whole system prompt (~6 KB); the reference one, with a varying tail. */
export function referenceSystemPrompt(referenceFile: string): string {
  const ref = openReference(referenceFile);
  try {
    const prompt = ref.prepare("SELECT system_prompt FROM sessions WHERE source <> 'cron' AND system_prompt IS NOT NULL LIMIT 1").pluck().get();
    return typeof prompt === 'string' ? prompt : 'You are Hermes Agent.';
  } finally {
    ref.close();
  }
}

/** Writes sessions (in start order) and their messages; `batch` sessions per transaction. */
export function writeSessions(db: Db, sessions: SessionSeed[], systemPrompt: string, batch = 500): void {
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, source, user_id, model, model_config, system_prompt, parent_session_id, started_at, ended_at, end_reason,
       message_count, tool_call_count, input_tokens, output_tokens, cache_read_tokens, billing_provider, billing_base_url,
       estimated_cost_usd, cost_status, cost_source, title, api_call_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'custom', 'http://127.0.0.1:18080/v1', 0.0, 'unknown', 'none', ?, ?)`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (session_id, role, content, tool_call_id, tool_calls, tool_name, timestamp, finish_reason, reasoning)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const writeBatch = db.transaction((group: SessionSeed[]) => {
    for (const s of group) {
      const assistant = s.messages.filter((m) => m.role === 'assistant');
      const toolCalls = s.messages.filter((m) => m.role === 'tool').length;
      const output = assistant.reduce((n, m) => n + Math.ceil((m.content?.length ?? 0) / 3), 0);
      const input = assistant.reduce((n, _m, i) => n + 1700 + i * 220, 0);
      const prompt = `${systemPrompt}\n\nConversation started: ${new Date(s.startedAt * 1000).toISOString()} · platform ${s.source}`;
      insertSession.run(s.id, s.source, s.userId, s.model, s.modelConfig, prompt, s.parentId, s.startedAt, s.endedAt, s.endReason,
        s.messages.length, toolCalls, input, output, Math.floor(input * 0.6), s.title, assistant.length);
      for (const m of s.messages) insertMessage.run(s.id, m.role, m.content, m.toolCallId, m.toolCalls, m.toolName, m.timestamp, m.finishReason, m.reasoning);
    }
  });
  const ordered = [...sessions].sort((a, b) => a.startedAt - b.startedAt);
  for (let i = 0; i < ordered.length; i += batch) writeBatch(ordered.slice(i, i + batch));
}
