import { decodeContent, parseToolCalls, previewText, type ToolCall } from './content';
import { HermesHomeError } from './errors';
import { chainFor, conversationStarts, loadLineage, type Lineage, type SessionNode } from './lineage';
import { asRow, asRows, epochMs, num, selectList, text } from './sql-row';
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

export interface TranscriptMessage {
  id: number;
  sessionId: string;
  role: string;
  content: string | null;
  toolCalls: ToolCall[] | null;
  toolName: string | null;
  toolCallId: string | null;
  /** ms epoch */
  timestamp: number;
  tokenCount: number | null;
  finishReason: string | null;
  reasoning: string | null;
  /** The handoff summary Hermes writes when it compresses context; render as a divider, not a turn. */
  compactionSummary: boolean;
}

export interface Transcript {
  /** Tip session id. */
  id: string;
  rootId: string;
  sessionIds: string[];
  source: string;
  title: string | null;
  messages: TranscriptMessage[];
}

const MAX_LIMIT = 500;

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function chainTitle(lineage: Lineage, chain: string[]): string | null {
  // Compression copies titles forward with " #2" numbering; the newest titled session wins.
  for (let i = chain.length - 1; i >= 0; i--) {
    const id = chain[i];
    const t = id === undefined ? null : (lineage.nodes.get(id)?.title ?? null);
    if (t) return t;
  }
  return null;
}

function firstUserMessageReader(db: StateDb): (chain: string[]) => string | null {
  const stmt = db.prepare(
    `SELECT content FROM messages WHERE session_id = ? AND role = 'user' AND content IS NOT NULL AND TRIM(content) != ''
     ORDER BY timestamp, id LIMIT 1`,
  );
  return (chain) => {
    for (const id of chain) {
      const row = asRow(stmt.get(id));
      if (row) return text(row, 'content');
    }
    return null;
  };
}

function buildRow(lineage: Lineage, start: SessionNode): Omit<SessionRow, 'preview'> {
  const chain = chainFor(lineage, start.id);
  const nodes = chain.map((id) => lineage.nodes.get(id)).filter((n): n is SessionNode => n !== undefined);
  const tip = nodes[nodes.length - 1] ?? start;
  let lastActiveAt = start.startedAt;
  let messageCount = 0;
  let toolCallCount = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  for (const n of nodes) {
    lastActiveAt = Math.max(lastActiveAt, n.lastMessageAt ?? n.startedAt);
    messageCount += n.messageCount;
    toolCallCount += n.toolCallCount;
    inputTokens += n.inputTokens;
    outputTokens += n.outputTokens;
  }
  return {
    id: tip.id,
    rootId: start.id,
    sessionIds: chain,
    source: start.source,
    title: chainTitle(lineage, chain),
    startedAt: start.startedAt,
    endedAt: tip.endedAt,
    endReason: tip.endReason,
    lastActiveAt,
    messageCount,
    toolCallCount,
    inputTokens,
    outputTokens,
    model: tip.model ?? start.model,
    parentSessionId: start.parentId,
  };
}

/** Lists conversations (compression chains collapsed, subagents hidden), newest activity first; throws HermesHomeError. */
export async function listSessions(options: ListSessionsOptions): Promise<SessionList> {
  const limit = clampInt(options.limit, 50, 1, MAX_LIMIT);
  const offset = clampInt(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const query = options.query?.trim().toLowerCase() ?? '';

  return readStateDb(options.home, (db) => {
    const lineage = loadLineage(db);
    const all = conversationStarts(lineage).map((start) => buildRow(lineage, start));
    all.sort((a, b) => b.lastActiveAt - a.lastActiveAt || b.startedAt - a.startedAt || a.id.localeCompare(b.id));

    const counts = new Map<string, number>();
    for (const r of all) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
    const sources = [...counts].map(([source, count]) => ({ source, count }));
    sources.sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));

    const bySource = options.source ? all.filter((r) => r.source === options.source) : all;
    const firstUserMessage = firstUserMessageReader(db);
    const withPreview = (r: Omit<SessionRow, 'preview'>): SessionRow => ({
      ...r,
      preview: previewText(decodeContent(firstUserMessage(r.sessionIds))),
    });

    let filtered: SessionRow[] | null = null;
    if (query) {
      // The query also matches previews, so previews are needed for every candidate, not just the page.
      filtered = bySource.map(withPreview).filter((r) =>
        [r.title ?? '', r.preview, ...r.sessionIds].some((s) => s.toLowerCase().includes(query)),
      );
    }
    const total = filtered ? filtered.length : bySource.length;
    const items = filtered ? filtered.slice(offset, offset + limit) : bySource.slice(offset, offset + limit).map(withPreview);
    return { items, total, sources };
  });
}

const MESSAGE_COLS = ['tool_call_id', 'tool_calls', 'tool_name', 'token_count', 'finish_reason', 'reasoning'] as const;
const SUMMARY_PREFIXES = ['[CONTEXT COMPACTION', '[CONTEXT SUMMARY]:'];

function readMessages(db: StateDb, sessionId: string): TranscriptMessage[] {
  const cols = tableColumns(db, 'messages');
  const rows = asRows(
    db
      .prepare(
        `SELECT m.id AS id, m.session_id AS session_id, m.role AS role, m.content AS content, m.timestamp AS timestamp,
           ${selectList(cols, MESSAGE_COLS, 'm')}
         FROM messages m WHERE m.session_id = ? ORDER BY m.id`,
      )
      .all(sessionId),
  );
  return rows.map((row) => {
    const content = decodeContent(text(row, 'content'));
    return {
      id: num(row, 'id') ?? 0,
      sessionId: text(row, 'session_id') ?? sessionId,
      role: text(row, 'role') ?? 'unknown',
      content,
      toolCalls: parseToolCalls(text(row, 'tool_calls')),
      toolName: text(row, 'tool_name'),
      toolCallId: text(row, 'tool_call_id'),
      timestamp: epochMs(row, 'timestamp') ?? 0,
      tokenCount: num(row, 'token_count'),
      finishReason: text(row, 'finish_reason'),
      reasoning: text(row, 'reasoning'),
      compactionSummary: content !== null && SUMMARY_PREFIXES.some((p) => content.trimStart().startsWith(p)),
    };
  });
}

function sameTurn(a: TranscriptMessage, b: TranscriptMessage): boolean {
  const ids = (m: TranscriptMessage) => (m.toolCalls ?? []).map((c) => `${c.id ?? ''}:${c.name}`).join(',');
  return a.role === b.role && (a.content ?? '') === (b.content ?? '') && a.toolCallId === b.toolCallId && ids(a) === ids(b);
}

/**
 * A compression continuation starts by re-storing the protected head of the old context, the summary, and the
 * recent tail, all of which already exist in the parent. Drop those copies so the chain reads as one conversation.
 * Without a summary marker the copy boundary is unknowable, so nothing is dropped.
 */
function appendContinuation(parent: TranscriptMessage[], child: TranscriptMessage[]): TranscriptMessage[] {
  const s = child.findIndex((m) => m.compactionSummary);
  if (s < 0) return child;
  const head = child.slice(0, s).filter((m) => !parent.some((p) => sameTurn(p, m)));
  const rest = child.slice(s + 1);
  let k = Math.min(parent.length, rest.length);
  for (; k > 0; k--) {
    let match = true;
    for (let i = 0; i < k && match; i++) {
      const c = rest[i];
      const p = parent[parent.length - k + i];
      match = c !== undefined && p !== undefined && sameTurn(p, c);
    }
    if (match) break;
  }
  const summary = child[s];
  return [...head, ...(summary ? [summary] : []), ...rest.slice(k)];
}

/** Messages of the whole compression chain containing `id`, in order; throws HermesHomeError not_found / hermes_home_*. */
export async function getTranscript(options: { home: string; id: string }): Promise<Transcript> {
  return readStateDb(options.home, (db) => {
    const lineage = loadLineage(db);
    const chain = chainFor(lineage, options.id);
    const rootId = chain[0];
    const root = rootId === undefined ? undefined : lineage.nodes.get(rootId);
    if (!root || rootId === undefined) throw new HermesHomeError('not_found', 'session not found');
    let messages: TranscriptMessage[] = [];
    chain.forEach((sessionId, i) => {
      const own = readMessages(db, sessionId);
      messages = i === 0 ? own : [...messages, ...appendContinuation(messages, own)];
    });
    return {
      id: chain[chain.length - 1] ?? rootId,
      rootId,
      sessionIds: chain,
      source: root.source,
      title: chainTitle(lineage, chain),
      messages,
    };
  });
}
