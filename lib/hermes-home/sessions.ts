import { chainFor, type Lineage } from './lineage';
import { previewReader } from './previews';
import { conversationsOf, sessionIndex, sourceCounts, type Conversation } from './session-index';
import { asRow, epochMs, num, selectList, text, type SqlRow } from './sql-row';
import { readStateDb, tableColumns, type StateDb } from './state-db';

/** One conversation: a root or branch session plus its compression continuations, shown as a single row. */
export interface SessionRow {
  /** The live (tip) session id; continue chatting with this one. */
  id: string;
  /** First session of the compression chain. */
  rootId: string;
  /** Every session id of the chain, oldest first. */
  sessionIds: string[];
  source: string;
  title: string | null;
  /** First user message of the conversation, one line. */
  preview: string;
  /** ms epoch */
  startedAt: number;
  /** ms epoch of the tip's end; null while the conversation is open. */
  endedAt: number | null;
  endReason: string | null;
  /** ms epoch of the newest message (or of the start when there are none). */
  lastActiveAt: number;
  /** Stored rows across the chain (compaction copies included). */
  messageCount: number;
  toolCallCount: number;
  inputTokens: number;
  outputTokens: number;
  model: string | null;
  /** For branches: the session it was forked from. */
  parentSessionId: string | null;
}

export interface SourceCount {
  source: string;
  count: number;
}

export interface SessionList {
  items: SessionRow[];
  /** Rows matching source/query, before paging. */
  total: number;
  /** Every source with its number of conversations, ignoring the source/query filters (for filter chips). */
  sources: SourceCount[];
}

export interface ListSessionsOptions {
  home: string;
  source?: string;
  /** 1..500, default 50 */
  limit?: number;
  offset?: number;
  /** Case-insensitive substring of title, preview or session id. */
  query?: string;
}

const MAX_LIMIT = 500;
const DETAIL_COLS = ['model', 'end_reason', 'ended_at', 'tool_call_count', 'input_tokens', 'output_tokens'] as const;

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** The title of a chain: compression copies titles forward with " #2" numbering, so the newest titled session wins. */
export function chainTitle(lineage: Lineage, chain: readonly string[]): string | null {
  for (let i = chain.length - 1; i >= 0; i--) {
    const id = chain[i];
    const t = id === undefined ? null : (lineage.nodes.get(id)?.title ?? null);
    if (t) return t;
  }
  return null;
}

/** Per-row details only the shown page needs; read from the table by primary key, a few rows at a time. */
function detailsReader(db: StateDb): (id: string) => SqlRow {
  const stmt = db.prepare(`SELECT ${selectList(tableColumns(db, 'sessions'), DETAIL_COLS, 's')} FROM sessions s WHERE s.id = ?`);
  return (id) => asRow(stmt.get(id)) ?? {};
}

function toRow(lineage: Lineage, c: Conversation, details: (id: string) => SqlRow, preview: string): SessionRow {
  const rows = c.chain.map(details);
  const tip = rows[rows.length - 1] ?? {};
  const sum = (key: string) => rows.reduce((n, r) => n + (num(r, key) ?? 0), 0);
  const tipId = c.chain[c.chain.length - 1] ?? c.rootId;
  return {
    id: tipId,
    rootId: c.rootId,
    sessionIds: c.chain,
    source: c.source,
    title: chainTitle(lineage, c.chain),
    preview,
    startedAt: c.startedAt,
    endedAt: epochMs(tip, 'ended_at'),
    endReason: text(tip, 'end_reason'),
    lastActiveAt: c.lastActiveAt,
    messageCount: c.messageCount,
    toolCallCount: sum('tool_call_count'),
    inputTokens: sum('input_tokens'),
    outputTokens: sum('output_tokens'),
    model: text(tip, 'model') ?? text(rows[0] ?? {}, 'model'),
    parentSessionId: lineage.nodes.get(c.rootId)?.parentId ?? null,
  };
}

/**
 * Lists conversations (compression chains collapsed, subagents hidden), newest activity first; throws HermesHomeError.
 * Ordering and counting use the cached session index; only the rows of the requested page are read in full.
 */
export async function listSessions(options: ListSessionsOptions): Promise<SessionList> {
  const limit = clampInt(options.limit, 50, 1, MAX_LIMIT);
  const offset = clampInt(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const query = options.query?.trim().toLowerCase() ?? '';

  return readStateDb(options.home, (db) => {
    const index = sessionIndex(db);
    const preview = previewReader(db);
    let candidates = conversationsOf(index, options.source);
    if (query) {
      // The query also matches previews, so every candidate needs one; previews are cached per handle.
      candidates = candidates.filter((c) => {
        const title = chainTitle(index.lineage, c.chain) ?? '';
        return [title, preview(c.chain), ...c.chain].some((s) => s.toLowerCase().includes(query));
      });
    }
    const details = detailsReader(db);
    const items = candidates.slice(offset, offset + limit).map((c) => toRow(index.lineage, c, details, preview(c.chain)));
    return { items, total: candidates.length, sources: sourceCounts(index) };
  });
}

/** The compression chain containing `id` with its lineage, from the cached index; [] when unknown. */
export function chainOf(db: StateDb, id: string): { chain: string[]; lineage: Lineage } {
  const { lineage } = sessionIndex(db);
  return { chain: chainFor(lineage, id), lineage };
}
