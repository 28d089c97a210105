import { z } from 'zod';
import { asRows, epochMs, num, selectList, text } from './sql-row';
import { tableColumns, type StateDb } from './state-db';

/**
 * - root: no parent (or the parent row is gone).
 * - continuation: the live successor of a session that ended with end_reason='compression'.
 * - branch: a user-visible fork (/branch, the fork route, or a stale compression sibling).
 * - subagent: any other child (delegate runs); hidden from the conversation list.
 */
export type SessionKind = 'root' | 'branch' | 'continuation' | 'subagent';

export interface SessionNode {
  id: string;
  source: string;
  parentId: string | null;
  startedAt: number;
  endedAt: number | null;
  endReason: string | null;
  title: string | null;
  model: string | null;
  toolCallCount: number;
  inputTokens: number;
  outputTokens: number;
  messageCount: number;
  lastMessageAt: number | null;
  kind: SessionKind;
}

export interface Lineage {
  nodes: Map<string, SessionNode>;
  /** compression parent id → its chosen continuation id */
  next: Map<string, string>;
  prev: Map<string, string>;
}

// Later Hermes versions stamp explicit lineage markers into model_config; older rows only have the heuristics.
const markerSchema = z.object({ _branched_from: z.unknown().optional(), _delegate_from: z.unknown().optional() });

function markers(raw: string | null): { branched: boolean; delegated: boolean } {
  if (!raw) return { branched: false, delegated: false };
  try {
    const r = markerSchema.safeParse(JSON.parse(raw));
    if (!r.success) return { branched: false, delegated: false };
    return { branched: r.data._branched_from != null, delegated: r.data._delegate_from != null };
  } catch {
    return { branched: false, delegated: false };
  }
}

const SESSION_COLS = ['title', 'model', 'end_reason', 'ended_at', 'tool_call_count', 'input_tokens', 'output_tokens'] as const;

interface RawNode {
  node: SessionNode;
  startedSec: number;
  endedSec: number | null;
  branched: boolean;
  delegated: boolean;
  copiesParentHead: boolean;
}

/** Loads every session's lineage facts and classifies them; throws SqliteError only if the sessions table is unusable. */
export function loadLineage(db: StateDb): Lineage {
  const cols = tableColumns(db, 'sessions');
  const modelConfig = cols.has('model_config') ? 'CASE WHEN s.parent_session_id IS NOT NULL THEN s.model_config END' : 'NULL';
  // A fork/branch starts with a copy of its parent's history; a delegate subagent starts with its own task.
  const rows = asRows(
    db
      .prepare(
        `SELECT s.id AS id, s.source AS source, s.parent_session_id AS parent_session_id, s.started_at AS started_at,
           ${selectList(cols, SESSION_COLS, 's')}, ${modelConfig} AS child_model_config,
           (SELECT COUNT(*) FROM messages m WHERE m.session_id = s.id) AS msg_count,
           (SELECT MAX(m.timestamp) FROM messages m WHERE m.session_id = s.id) AS last_ts,
           CASE WHEN s.parent_session_id IS NOT NULL THEN (
             SELECT a.role = b.role AND a.content IS b.content
             FROM (SELECT role, content FROM messages WHERE session_id = s.id ORDER BY id LIMIT 1) a,
                  (SELECT role, content FROM messages WHERE session_id = s.parent_session_id ORDER BY id LIMIT 1) b
           ) END AS copies_parent_head
         FROM sessions s`,
      )
      .all(),
  );

  const raw = new Map<string, RawNode>();
  for (const row of rows) {
    const id = text(row, 'id');
    if (id === null) continue;
    const m = markers(text(row, 'child_model_config'));
    raw.set(id, {
      node: {
        id,
        source: text(row, 'source') ?? 'unknown',
        parentId: text(row, 'parent_session_id'),
        startedAt: epochMs(row, 'started_at') ?? 0,
        endedAt: epochMs(row, 'ended_at'),
        endReason: text(row, 'end_reason'),
        title: text(row, 'title'),
        model: text(row, 'model'),
        toolCallCount: num(row, 'tool_call_count') ?? 0,
        inputTokens: num(row, 'input_tokens') ?? 0,
        outputTokens: num(row, 'output_tokens') ?? 0,
        messageCount: num(row, 'msg_count') ?? 0,
        lastMessageAt: epochMs(row, 'last_ts'),
        kind: 'root',
      },
      startedSec: num(row, 'started_at') ?? 0,
      endedSec: num(row, 'ended_at'),
      branched: m.branched,
      delegated: m.delegated,
      copiesParentHead: num(row, 'copies_parent_head') === 1,
    });
  }

  // Same rule as Hermes' get_compression_tip: parent ended by compression, child started at/after that end;
  // if several qualify, the latest one is the live continuation.
  const next = new Map<string, string>();
  for (const r of raw.values()) {
    const parent = r.node.parentId ? raw.get(r.node.parentId) : undefined;
    if (!parent || r.branched || r.delegated) continue;
    if (parent.node.endReason !== 'compression' || parent.endedSec === null || r.startedSec < parent.endedSec) continue;
    const current = next.get(parent.node.id);
    const currentRaw = current ? raw.get(current) : undefined;
    if (!currentRaw || r.startedSec > currentRaw.startedSec) next.set(parent.node.id, r.node.id);
  }
  const prev = new Map<string, string>();
  for (const [p, c] of next) prev.set(c, p);

  const nodes = new Map<string, SessionNode>();
  for (const r of raw.values()) {
    const parent = r.node.parentId ? raw.get(r.node.parentId) : undefined;
    if (!parent) r.node.kind = 'root';
    else if (prev.has(r.node.id)) r.node.kind = 'continuation';
    else if (r.delegated) r.node.kind = 'subagent';
    else if (
      r.branched ||
      r.copiesParentHead ||
      (parent.node.endReason === 'branched' && parent.endedSec !== null && r.startedSec >= parent.endedSec) ||
      (parent.node.endReason === 'compression' && parent.endedSec !== null && r.startedSec >= parent.endedSec)
    ) {
      r.node.kind = 'branch';
    } else r.node.kind = 'subagent';
    nodes.set(r.node.id, r.node);
  }
  return { nodes, next, prev };
}

/** Ids of the compression chain containing `id`, oldest first; [] when the id is unknown; never throws. */
export function chainFor(lineage: Lineage, id: string): string[] {
  if (!lineage.nodes.has(id)) return [];
  let root = id;
  const seen = new Set<string>([root]);
  for (let p = lineage.prev.get(root); p !== undefined && !seen.has(p); p = lineage.prev.get(root)) {
    seen.add(p);
    root = p;
  }
  const chain = [root];
  const inChain = new Set<string>(chain);
  for (let n = lineage.next.get(root); n !== undefined && !inChain.has(n); n = lineage.next.get(n)) {
    chain.push(n);
    inChain.add(n);
  }
  return chain;
}

/** Sessions that start a user-visible conversation (roots and branches); never throws. */
export function conversationStarts(lineage: Lineage): SessionNode[] {
  return [...lineage.nodes.values()].filter((n) => n.kind === 'root' || n.kind === 'branch');
}
