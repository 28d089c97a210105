import { decodeContent } from './content';
import { chainFor, loadLineage } from './lineage';
import { asRows, epochMs, num, text, type SqlRow } from './sql-row';
import { readStateDb, tableColumns, type StateDb } from './state-db';

/** Marks the start of a highlighted match inside `SearchHit.snippet` (never present otherwise). */
export const MATCH_START = '\u0001';
/** Marks the end of a highlighted match inside `SearchHit.snippet`. */
export const MATCH_END = '\u0002';

/** fts: word index (unicode61); trigram: CJK/substring index; like: scan for CJK terms shorter than 3 chars. */
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
  /** relevance (bm25, default) or newest first; the LIKE fallback is always newest first. */
  sort?: 'relevance' | 'newest';
}

interface Term {
  text: string;
  prefix: boolean;
}

const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 16;
// Bracketed so a stray \u0001/\u0002 inside stored text cannot be mistaken for a marker; see cleanSnippet.
const SQL_START = '\u0001<m>';
const SQL_END = '</m>\u0002';
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Splits untrusted input into literal terms; operators and syntax characters carry no meaning. Never throws. */
export function parseTerms(query: string): Term[] {
  const cleaned = query.slice(0, MAX_QUERY_CHARS).replace(/[\u0000-\u001f\u007f]/g, ' ');
  const terms: Term[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    const prefix = /\*+$/.test(raw);
    const t = raw.replace(/\*+$/, '');
    // Terms without letters or digits tokenize to nothing and would only add empty phrases.
    if (WORD.test(t)) terms.push({ text: t, prefix });
    if (terms.length >= MAX_TERMS) break;
  }
  return terms;
}

/** Builds an FTS5 MATCH string of quoted phrases (implicit AND), safe for any input; never throws. */
export function toFtsQuery(terms: Term[], allowPrefix: boolean): string {
  return terms.map((t) => `"${t.text.replace(/"/g, '""')}"${allowPrefix && t.prefix ? '*' : ''}`).join(' ');
}

function pickMode(db: StateDb, terms: Term[]): SearchMode {
  const hasFts = tableColumns(db, 'messages_fts').size > 0;
  const hasTrigram = tableColumns(db, 'messages_fts_trigram').size > 0;
  if (terms.some((t) => CJK.test(t.text))) {
    // unicode61 keeps a whole CJK run as one token, so substrings need the trigram index, which needs >= 3 chars.
    return hasTrigram && terms.every((t) => Array.from(t.text).length >= 3) ? 'trigram' : 'like';
  }
  return hasFts ? 'fts' : 'like';
}

function cleanSnippet(s: string): string {
  return s.replace(/\u0001<m>|<\/m>\u0002|[\u0001\u0002]/g, (x) => (x === SQL_START ? MATCH_START : x === SQL_END ? MATCH_END : ''));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function likeSnippet(source: string, terms: Term[], radius = 60): string {
  const clean = source.replace(/[\u0001\u0002]/g, '');
  const re = new RegExp(terms.map((t) => escapeRegex(t.text)).join('|'), 'giu');
  const first = re.exec(clean);
  const at = first ? first.index : 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(clean.length, at + (first ? first[0].length : 0) + radius * 2);
  const window = clean.slice(start, end).replace(re, (m) => `${SQL_START}${m}${SQL_END}`);
  return `${start > 0 ? '…' : ''}${window}${end < clean.length ? '…' : ''}`;
}

interface Page {
  limit: number;
  offset: number;
  source?: string;
  sort?: 'relevance' | 'newest';
}

function ftsRows(db: StateDb, table: 'messages_fts' | 'messages_fts_trigram', terms: Term[], o: Page): SqlRow[] {
  const match = toFtsQuery(terms, table === 'messages_fts');
  const tokens = table === 'messages_fts' ? 24 : 48;
  // Two phases: snippet() in the ranked query would run for every match before LIMIT (seconds on 1M rows),
  // so rank ids first, then build snippets for the page only.
  const filter = o.source ? `JOIN messages m ON m.id = ${table}.rowid JOIN sessions s ON s.id = m.session_id` : '';
  const order = o.sort === 'newest' ? `${table}.rowid DESC` : 'rank';
  const idSql = `SELECT ${table}.rowid AS id FROM ${table} ${filter}
    WHERE ${table} MATCH ? ${o.source ? 'AND s.source = ?' : ''} ORDER BY ${order} LIMIT ? OFFSET ?`;
  const detail = db.prepare(
    `SELECT m.id AS id, m.session_id AS session_id, m.role AS role, m.timestamp AS timestamp, m.tool_name AS tool_name,
       s.source AS source, snippet(${table}, 0, ?, ?, '…', ${tokens}) AS snippet
     FROM ${table} JOIN messages m ON m.id = ${table}.rowid LEFT JOIN sessions s ON s.id = m.session_id
     WHERE ${table} MATCH ? AND ${table}.rowid = CAST(? AS INTEGER)`,
  );
  let ids: SqlRow[];
  try {
    ids = asRows(db.prepare(idSql).all(match, ...(o.source ? [o.source] : []), o.limit, o.offset));
  } catch (err) {
    // Quoting makes syntax errors impossible in theory; if FTS5 still rejects the input, report no matches.
    if (err instanceof Error && /fts5|syntax|malformed MATCH/i.test(err.message)) return [];
    throw err;
  }
  const rows: SqlRow[] = [];
  // better-sqlite3 binds JS numbers as REAL, and FTS5 silently drops a REAL rowid constraint (returning the
  // first match instead), hence the CAST above.
  for (const idRow of ids) {
    const row = asRows([detail.get(SQL_START, SQL_END, match, num(idRow, 'id'))])[0];
    if (row) rows.push(row);
  }
  return rows;
}

function likeRows(db: StateDb, terms: Term[], o: Page): SqlRow[] {
  const cols = tableColumns(db, 'messages');
  // Same text the FTS triggers index: content, tool name and tool-call JSON.
  const fields = ['content', 'tool_name', 'tool_calls'].filter((c) => cols.has(c)).map((c) => `m.${c}`);
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
  return asRows(db.prepare(sql).all(...params)).map((row) => {
    const haystack = [decodeContent(text(row, 'content')), text(row, 'tool_name'), text(row, 'tool_calls')].filter(Boolean).join(' ');
    return { ...row, snippet: likeSnippet(haystack, terms) };
  });
}

/** Full-text search over all messages with highlight markers; never throws on odd query text, throws HermesHomeError for an unusable home. */
export async function searchMessages(options: SearchOptions): Promise<SearchResult> {
  const terms = parseTerms(typeof options.query === 'string' ? options.query : '');
  if (terms.length === 0) return { mode: null, hits: [] };
  const limit = Math.min(100, Math.max(1, Math.trunc(Number.isFinite(options.limit) ? (options.limit ?? 20) : 20)));
  const offset = Math.max(0, Math.trunc(Number.isFinite(options.offset) ? (options.offset ?? 0) : 0));
  const o: Page = { limit, offset, source: options.source, sort: options.sort };

  return readStateDb(options.home, (db) => {
    const mode = pickMode(db, terms);
    const rows =
      mode === 'like' ? likeRows(db, terms, o) : ftsRows(db, mode === 'fts' ? 'messages_fts' : 'messages_fts_trigram', terms, o);
    if (rows.length === 0) return { mode, hits: [] };
    const lineage = loadLineage(db);
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
