import { z } from 'zod';
import { classify, type Lineage, type Relation } from './lineage';
import type { MessageStats } from './message-stats';
import { asRow, num, text } from './sql-row';
import { tableColumns, type StateDb } from './state-db';

interface Markers {
  branched: boolean;
  delegated: boolean;
}

/** The lineage plus what lets the next snapshot update it instead of reading every session again. */
export interface LineageState {
  lineage: Lineage;
  rowids: Map<string, number>;
  /** Raw started_at seconds per session. */
  startedSec: Map<string, number>;
  count: number;
  maxRowid: number;
  /** model_config markers per child session: written once, when the child is created. */
  markers: Map<string, Markers>;
  /** Whether a child starts with a copy of its parent's first message, once both have one. */
  heads: Map<string, boolean>;
}

// Later Hermes versions stamp explicit lineage markers into model_config; older rows only have the heuristics.
const markerSchema = z.object({ _branched_from: z.unknown().optional(), _delegate_from: z.unknown().optional() });

function parseMarkers(raw: string | null): Markers {
  if (!raw) return { branched: false, delegated: false };
  try {
    const r = markerSchema.safeParse(JSON.parse(raw));
    if (!r.success) return { branched: false, delegated: false };
    return { branched: r.data._branched_from != null, delegated: r.data._delegate_from != null };
  } catch {
    return { branched: false, delegated: false };
  }
}

function scalar(db: StateDb, sql: string): number {
  return num({ v: db.prepare(sql).pluck().get() }, 'v') ?? 0;
}

/** `SELECT rowid, <column>` through whichever index covers it, as a rowid → value map. */
function column(db: StateDb, sql: string): Map<number, unknown> {
  const out = new Map<number, unknown>();
  for (const row of db.prepare(sql).raw().all()) if (Array.isArray(row) && typeof row[0] === 'number') out.set(row[0], row[1]);
  return out;
}

function addNode(state: LineageState, rowid: number, row: Record<string, unknown>): void {
  const id = text(row, 'id');
  if (id === null) return;
  const startedSec = num(row, 'started_at') ?? 0;
  state.lineage.nodes.set(id, { id, source: text(row, 'source') ?? 'unknown', parentId: text(row, 'parent'), startedAt: Math.round(startedSec * 1000), title: null, messageCount: 0, lastMessageAt: null, kind: 'root' });
  state.rowids.set(id, rowid);
  state.startedSec.set(id, startedSec);
}

/**
 * Each session row carries its ~6 KB system prompt, which pushes every later column onto overflow
 * pages: reading started_at from the table costs a page chain per session. Every column needed for
 * all sessions has an index of its own (the primary key, idx_sessions_source, idx_sessions_started,
 * idx_sessions_parent), so each is read from its covering index and joined on rowid here. Without
 * such an index SQLite falls back to a table scan; same result, only slower.
 */
function readAll(db: StateDb, count: number, maxRowid: number): LineageState {
  const ids = column(db, 'SELECT rowid, id FROM sessions');
  const sources = column(db, 'SELECT rowid, source FROM sessions ORDER BY source');
  const started = column(db, 'SELECT rowid, started_at FROM sessions ORDER BY started_at DESC');
  const parents = column(db, 'SELECT rowid, parent_session_id FROM sessions WHERE parent_session_id IS NOT NULL');
  const state: LineageState = { lineage: { nodes: new Map(), next: new Map(), prev: new Map() }, rowids: new Map(), startedSec: new Map(), count, maxRowid, markers: new Map(), heads: new Map() };
  for (const [rowid, id] of ids) addNode(state, rowid, { id, source: sources.get(rowid), started_at: started.get(rowid), parent: parents.get(rowid) });
  return state;
}

/** Sessions are only ever appended (rowid above the old maximum) or deleted; a count that does not add up means a delete. */
function sessionRows(db: StateDb, prev: LineageState | undefined): LineageState {
  const count = scalar(db, 'SELECT COUNT(*) FROM sessions');
  const maxRowid = scalar(db, 'SELECT MAX(rowid) FROM sessions');
  if (!prev || maxRowid < prev.maxRowid) return readAll(db, count, maxRowid);
  if (count === prev.count && maxRowid === prev.maxRowid) return prev;
  const added = db.prepare('SELECT rowid, id, source, parent_session_id AS parent, started_at FROM sessions WHERE rowid > ?').all(prev.maxRowid);
  if (prev.count + added.length !== count) return readAll(db, count, maxRowid);
  for (const value of added) {
    const row = asRow(value);
    const rowid = row ? num(row, 'rowid') : null;
    if (row && rowid !== null) addNode(prev, rowid, row);
  }
  prev.count = count;
  prev.maxRowid = maxRowid;
  return prev;
}

function applyTitlesAndStats(db: StateDb, state: LineageState, stats: MessageStats): void {
  // Titles change (PATCH /api/sessions), so they are read again each time, from the partial title index.
  const titles = tableColumns(db, 'sessions').has('title') ? column(db, 'SELECT rowid, title FROM sessions WHERE title IS NOT NULL') : new Map<number, unknown>();
  for (const node of state.lineage.nodes.values()) {
    const s = stats.bySession.get(node.id);
    node.messageCount = s?.count ?? 0;
    node.lastMessageAt = s ? Math.round(s.lastTs * 1000) : null;
    node.title = text({ t: titles.get(state.rowids.get(node.id) ?? -1) }, 't');
  }
}

function relations(db: StateDb, state: LineageState): Map<string, Relation> {
  const cols = tableColumns(db, 'sessions');
  const { nodes } = state.lineage;
  const end = db.prepare(`SELECT ${cols.has('ended_at') ? 'ended_at' : 'NULL'} AS ended_at, ${cols.has('end_reason') ? 'end_reason' : 'NULL'} AS end_reason FROM sessions WHERE rowid = ?`);
  const config = db.prepare(`SELECT ${cols.has('model_config') ? 'model_config' : 'NULL'} FROM sessions WHERE rowid = ?`).pluck();
  // MIN(id) comes from idx_messages_session alone; only that one message row is then read.
  const first = db.prepare('SELECT role, content FROM messages WHERE id = (SELECT MIN(id) FROM messages WHERE session_id = ?)');
  const rel = new Map<string, Relation>();
  const relation = (id: string): Relation => {
    let r = rel.get(id);
    if (!r) {
      r = { startedSec: state.startedSec.get(id) ?? 0, endedSec: null, endReason: null, branched: false, delegated: false, copiesParentHead: false };
      rel.set(id, r);
    }
    return r;
  };
  for (const node of nodes.values()) {
    if (node.parentId === null || !nodes.has(node.parentId)) continue;
    const child = relation(node.id);
    const parent = relation(node.parentId);
    // Ended/end_reason decide continuations and change when a session ends, so the parent's are read every time.
    const ended = asRow(end.get(state.rowids.get(node.parentId)));
    if (ended) Object.assign(parent, { endedSec: num(ended, 'ended_at'), endReason: text(ended, 'end_reason') });
    let m = state.markers.get(node.id);
    if (!m) {
      m = parseMarkers(text({ c: config.get(state.rowids.get(node.id)) }, 'c'));
      state.markers.set(node.id, m);
    }
    child.branched = m.branched;
    child.delegated = m.delegated;
    let head = state.heads.get(node.id);
    if (head === undefined) {
      // A fork/branch starts with a copy of its parent's history; a delegate subagent starts with its own task.
      const a = asRow(first.get(node.id));
      const b = asRow(first.get(node.parentId));
      if (a && b) state.heads.set(node.id, (head = a.role === b.role && a.content === b.content));
    }
    child.copiesParentHead = head ?? false;
  }
  return rel;
}

/**
 * The lineage of every session for the snapshot `db` is reading, updated from `prev` when only
 * appends happened since (what a running gateway does), else read in full. Mutates and returns
 * `prev` when it can; throws SqliteError only if the sessions table is unusable.
 */
export function refreshLineage(db: StateDb, stats: MessageStats, prev?: LineageState): LineageState {
  const state = sessionRows(db, prev);
  applyTitlesAndStats(db, state, stats);
  state.lineage = classify(state.lineage.nodes, relations(db, state));
  return state;
}
