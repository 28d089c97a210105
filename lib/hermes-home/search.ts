import { decodeContent } from './content';
import { chainFor } from './lineage';
import { cleanSnippet, SQL_END, SQL_START, termSnippet } from './search-snippet';
import { parseTerms, planTrigram, wantsTrigram, wordMatch, type Term } from './search-terms';
import { sessionIndex } from './session-index';
import { asRow, asRows, epochMs, num, text, type SqlRow } from './sql-row';
import { readStateDb, tableColumns, type StateDb } from './state-db';

export { MATCH_END, MATCH_START } from './search-snippet';
export { parseTerms, toFtsQuery } from './search-terms';

/**
 * fts: word index (unicode61); trigram: CJK/substring index (terms under 3 characters through its
 * vocabulary); like: a scan, only without a trigram index or for a very common 1–2 character term.
 */
export type SearchMode = 'fts' | 'trigram' | 'like';

export interface SearchHit {
  sessionId: string;
  /** Tip of the compression chain holding the message: the id the conversation list shows. */
  conversationId: string;
  messageId: number;
  role: string;
  /** Plain text excerpt; matches are wrapped in MATCH_START/MATCH_END. */
  snippet: string;
  /** ms epoch */
  timestamp: number;
  source: string;
  toolName: string | null;
}

export interface SearchResult {
  mode: SearchMode | null;
  hits: SearchHit[];
}

export interface SearchOptions {
  home: string;
  query: string;
  /** 1..100, default 20 */
  limit?: number;
  offset?: number;
  source?: string;
  /**
   * relevance (default): bm25 order among the newest RANKED_WINDOW matches, then newest first; newest: newest first.
   * Terms under 3 characters and the LIKE fallback are always newest first.
   */
  sort?: 'relevance' | 'newest';
}

const FTS_TABLE = 'messages_fts';
const TRIGRAM_TABLE = 'messages_fts_trigram';
type FtsTable = typeof FTS_TABLE | typeof TRIGRAM_TABLE;

/**
 * bm25 must score every match before the best can be picked: with a common word on a years-old
 * database that is tens of thousands of rows per query, and slower with each year. So relevance
 * ranks the newest RANKED_WINDOW matches (FTS5 walks its doclists newest-first and stops there) and
 * continues newest-first after them. Scores are bm25 with the index's global statistics, so when a
 * query matches fewer messages than the window the order is exactly the full relevance order.
 */
const RANKED_WINDOW = 500;

interface Page {
  limit: number;
  offset: number;
  source?: string;
  sort?: 'relevance' | 'newest';
}

function matchIds(db: StateDb, table: FtsTable, match: string, o: Page, ranked: boolean): number[] {
  const filter = o.source ? `JOIN messages m ON m.id = ${table}.rowid JOIN sessions s ON s.id = m.session_id` : '';
  const where = `WHERE ${table} MATCH ? ${o.source ? 'AND s.source = ?' : ''}`;
  const args = [match, ...(o.source ? [o.source] : [])];
  const newest = (limit: number, offset: number) =>
    db.prepare(`SELECT ${table}.rowid FROM ${table} ${filter} ${where} ORDER BY ${table}.rowid DESC LIMIT ? OFFSET ?`).pluck().all(...args, limit, offset);
  const ids = (values: unknown[]) => values.filter((v): v is number => typeof v === 'number');
  if (!ranked || o.offset >= RANKED_WINDOW) return ids(newest(o.limit, o.offset));
  const window = asRows(db.prepare(`SELECT ${table}.rowid AS id, ${table}.rank AS score FROM ${table} ${filter} ${where} ORDER BY ${table}.rowid DESC LIMIT ?`).all(...args, RANKED_WINDOW));
  window.sort((a, b) => (num(a, 'score') ?? 0) - (num(b, 'score') ?? 0) || (num(b, 'id') ?? 0) - (num(a, 'id') ?? 0));
  const page = ids(window.slice(o.offset, o.offset + o.limit).map((r) => num(r, 'id')));
  if (page.length < o.limit && window.length === RANKED_WINDOW) page.push(...ids(newest(o.limit - page.length, RANKED_WINDOW)));
  return page;
}

function safeIds(run: () => number[]): number[] {
  try {
    return run();
  } catch (err) {
    // Quoting makes syntax errors impossible in theory; if FTS5 still rejects the input, report no matches.
    if (err instanceof Error && /fts5|syntax|malformed MATCH/i.test(err.message)) return [];
    throw err;
  }
}

/**
 * FTS5's own snippets for `ids`, in one pass over their rowid range. A `rowid = ?` lookup per hit
 * re-evaluates the whole MATCH each time (about 1 ms per hit for a common trigram phrase); scanning
 * the range once and computing snippet() only for the wanted rows costs about the same as one.
 * The unary + keeps the id list out of the index constraint, so it filters instead of looping.
 */
function snippetsFor(db: StateDb, table: FtsTable, match: string, ids: number[]): Map<number, string> {
  const tokens = table === FTS_TABLE ? 24 : 48;
  const rows = db
    .prepare(
      `SELECT ${table}.rowid, snippet(${table}, 0, ?, ?, '…', ${tokens}) FROM ${table}
       WHERE ${table} MATCH ? AND ${table}.rowid >= ? AND ${table}.rowid <= ? AND +${table}.rowid IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(SQL_START, SQL_END, match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids));
  const out = new Map<number, string>();
  for (const row of rows) if (Array.isArray(row) && typeof row[0] === 'number' && typeof row[1] === 'string') out.set(row[0], row[1]);
  return out;
}

function messageRow(db: StateDb): (id: number) => SqlRow | null {
  const fields = messageFields(db);
  const stmt = db.prepare(
    `SELECT m.id AS id, m.session_id AS session_id, m.role AS role, m.timestamp AS timestamp, s.source AS source,
       ${fields.map((f) => `${f} AS ${f.slice(2)}`).join(', ')}
     FROM messages m LEFT JOIN sessions s ON s.id = m.session_id WHERE m.id = ?`,
  );
  return (id) => asRow(stmt.get(id));
}

/** Matches with FTS5's own snippet(); ids are found first so snippet() runs for the page only, not for every match. */
function ftsRows(db: StateDb, table: FtsTable, match: string, o: Page): SqlRow[] {
  const ids = safeIds(() => matchIds(db, table, match, o, o.sort !== 'newest'));
  if (ids.length === 0) return [];
  const snippets = snippetsFor(db, table, match, ids);
  const row = messageRow(db);
  return ids.flatMap((id) => {
    const r = row(id);
    return r ? [{ ...r, snippet: snippets.get(id) ?? '' }] : [];
  });
}

function messageFields(db: StateDb): string[] {
  const cols = tableColumns(db, 'messages');
  // Same text the FTS triggers index: content, tool name and tool-call JSON.
  return ['content', 'tool_name', 'tool_calls'].filter((c) => cols.has(c)).map((c) => `m.${c}`);
}

function withTermSnippet(row: SqlRow, terms: Term[]): SqlRow {
  const haystack = [decodeContent(text(row, 'content')), text(row, 'tool_name'), text(row, 'tool_calls')].filter(Boolean).join(' ');
  return { ...row, snippet: termSnippet(haystack, terms) };
}

/** Matches of an expanded trigram query (short terms), newest first; a trigram snippet would mark whole trigrams, so snippets are cut around the terms. */
function expandedRows(db: StateDb, match: string, terms: Term[], o: Page): SqlRow[] {
  const ids = safeIds(() => matchIds(db, TRIGRAM_TABLE, match, o, false));
  const row = messageRow(db);
  return ids.flatMap((id) => {
    const r = row(id);
    return r ? [withTermSnippet(r, terms)] : [];
  });
}

function likeRows(db: StateDb, terms: Term[], o: Page): SqlRow[] {
  const fields = messageFields(db);
  const clause = `(${fields.map((f) => `${f} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
  const params: (string | number)[] = [];
  for (const t of terms) {
    const pattern = `%${t.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    for (let i = 0; i < fields.length; i++) params.push(pattern);
  }
  if (o.source) params.push(o.source);
  params.push(o.limit, o.offset);
  const sql = `SELECT m.id AS id, m.session_id AS session_id, m.role AS role, m.timestamp AS timestamp, s.source AS source,
      ${fields.map((f) => `${f} AS ${f.slice(2)}`).join(', ')}
    FROM messages m LEFT JOIN sessions s ON s.id = m.session_id
    WHERE ${terms.map(() => clause).join(' AND ')} ${o.source ? 'AND s.source = ?' : ''}
    ORDER BY m.timestamp DESC, m.id DESC LIMIT ? OFFSET ?`;
  return asRows(db.prepare(sql).all(...params)).map((row) => withTermSnippet(row, terms));
}

function findRows(db: StateDb, terms: Term[], o: Page): { mode: SearchMode; rows: SqlRow[] } {
  if (!wantsTrigram(terms)) {
    if (tableColumns(db, FTS_TABLE).size > 0) {
      return { mode: 'fts', rows: ftsRows(db, FTS_TABLE, wordMatch(db, terms), o) };
    }
    return { mode: 'like', rows: likeRows(db, terms, o) };
  }
  const plan = planTrigram(db, terms);
  switch (plan.kind) {
    case 'exact':
      return { mode: 'trigram', rows: ftsRows(db, TRIGRAM_TABLE, plan.match, o) };
    case 'expanded':
      return { mode: 'trigram', rows: expandedRows(db, plan.match, terms, o) };
    case 'no_match':
      return { mode: 'trigram', rows: [] };
    case 'scan':
      return { mode: 'like', rows: likeRows(db, terms, o) };
  }
}

/** Full-text search over all messages with highlight markers; never throws on odd query text, throws HermesHomeError for an unusable home. */
export async function searchMessages(options: SearchOptions): Promise<SearchResult> {
  const terms = parseTerms(typeof options.query === 'string' ? options.query : '');
  if (terms.length === 0) return { mode: null, hits: [] };
  const limit = Math.min(100, Math.max(1, Math.trunc(Number.isFinite(options.limit) ? (options.limit ?? 20) : 20)));
  const offset = Math.max(0, Math.trunc(Number.isFinite(options.offset) ? (options.offset ?? 0) : 0));
  const o: Page = { limit, offset, source: options.source, sort: options.sort };

  return readStateDb(options.home, (db) => {
    const { mode, rows } = findRows(db, terms, o);
    if (rows.length === 0) return { mode, hits: [] };
    const { lineage } = sessionIndex(db);
    const hits = rows.map((row): SearchHit => {
      const sessionId = text(row, 'session_id') ?? '';
      const chain = chainFor(lineage, sessionId);
      return {
        sessionId,
        conversationId: chain[chain.length - 1] ?? sessionId,
        messageId: num(row, 'id') ?? 0,
        role: text(row, 'role') ?? 'unknown',
        snippet: cleanSnippet(text(row, 'snippet') ?? ''),
        timestamp: epochMs(row, 'timestamp') ?? 0,
        source: text(row, 'source') ?? 'unknown',
        toolName: text(row, 'tool_name'),
      };
    });
    return { mode, hits };
  });
}
