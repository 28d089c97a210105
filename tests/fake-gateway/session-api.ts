import path from 'node:path';
import Database from 'better-sqlite3';
import type { RequestContext } from './context';
import { sendJson, sendNotFound } from './http-reply';
import type { JsonValue } from './json';

/**
 * Upstream Hermes' session resource API (hermes-gateway.md §4.9), served from a state.db opened
 * read-only: what a newer gateway advertises as `sessions`, `session` and `session_messages`.
 */
export const SESSION_API_ENDPOINTS = {
  sessions: { method: 'GET', path: '/api/sessions' },
  session: { method: 'GET', path: '/api/sessions/{session_id}' },
  session_messages: { method: 'GET', path: '/api/sessions/{session_id}/messages' },
};

const SAFE_SESSION_KEYS = ['id', 'source', 'user_id', 'model', 'title', 'started_at', 'ended_at', 'end_reason', 'message_count', 'tool_call_count', 'input_tokens', 'output_tokens', 'parent_session_id'];

type Row = Record<string, unknown>;

export function openSessionDb(hermesHome: string): Database.Database {
  return new Database(path.join(hermesHome, 'state.db'), { readonly: true, fileMustExist: true });
}

function lastActive(db: Database.Database, row: Row): unknown {
  const newest = db.prepare('SELECT MAX(timestamp) AS t FROM messages WHERE session_id = ?').get(row.id) as { t: number | null };
  return newest.t ?? row.started_at;
}

function preview(db: Database.Database, id: unknown): string {
  const first = db.prepare("SELECT content FROM messages WHERE session_id = ? AND role = 'user' ORDER BY id LIMIT 1").get(id) as { content: string | null } | undefined;
  return (first?.content ?? '').replace(/\s+/g, ' ').trim().slice(0, 63);
}

function safeSession(db: Database.Database, row: Row): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of SAFE_SESSION_KEYS) out[key] = (row[key] ?? null) as JsonValue;
  out.last_active = lastActive(db, row) as JsonValue;
  out.preview = preview(db, row.id);
  out.has_system_prompt = Boolean(row.system_prompt);
  out.has_model_config = Boolean(row.model_config);
  return out;
}

function intParam(value: string | null, fallback: number, max: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isNaN(parsed) || parsed < 0 ? fallback : Math.min(parsed, max);
}

function notFound(ctx: RequestContext, id: string): void {
  sendJson(ctx.res, 404, { error: { message: `Session not found: ${id}`, type: 'invalid_request_error', param: null, code: 'session_not_found' } });
}

export function handleListSessions(ctx: RequestContext): void {
  const db = ctx.state.sessionDb;
  // Off, the routes do not exist, as on a gateway without the session API.
  if (!db) return sendNotFound(ctx.res);
  const limit = intParam(ctx.url.searchParams.get('limit'), 50, 200);
  const offset = intParam(ctx.url.searchParams.get('offset'), 0, 1_000_000);
  const source = ctx.url.searchParams.get('source');
  const rows = db
    .prepare(
      `SELECT s.*, COALESCE((SELECT MAX(timestamp) FROM messages m WHERE m.session_id = s.id), s.started_at) AS active
       FROM sessions s WHERE s.parent_session_id IS NULL ${source ? 'AND s.source = ?' : ''}
       ORDER BY active DESC LIMIT ? OFFSET ?`,
    )
    .all(...(source ? [source] : []), limit, offset) as Row[];
  sendJson(ctx.res, 200, { object: 'list', data: rows.map((row) => safeSession(db, row)), limit, offset, has_more: rows.length === limit });
}

export function handleGetSessionResource(ctx: RequestContext): void {
  const db = ctx.state.sessionDb;
  const id = decodeURIComponent(ctx.params[0] ?? '');
  if (!db) return sendNotFound(ctx.res);
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as Row | undefined;
  if (!row) return notFound(ctx, id);
  sendJson(ctx.res, 200, { object: 'hermes.session', session: safeSession(db, row) });
}

export function handleSessionMessages(ctx: RequestContext): void {
  const db = ctx.state.sessionDb;
  const id = decodeURIComponent(ctx.params[0] ?? '');
  if (!db) return sendNotFound(ctx.res);
  if (!db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(id)) return notFound(ctx, id);
  const rows = db.prepare('SELECT id, session_id, role, content, tool_call_id, tool_calls, tool_name, timestamp, token_count, finish_reason, reasoning FROM messages WHERE session_id = ? ORDER BY id').all(id) as Row[];
  const data = rows.map((row) => ({ ...row, tool_calls: typeof row.tool_calls === 'string' ? (JSON.parse(row.tool_calls) as JsonValue) : null }) as Record<string, JsonValue>);
  sendJson(ctx.res, 200, { object: 'list', session_id: id, data });
}
