import { tableColumns, type StateDb } from './state-db';

export interface Term {
  text: string;
  prefix: boolean;
}

const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 16;
/** A short term matching more distinct trigrams than this (a single Latin letter, say) is searched by scanning instead. */
const MAX_TRIGRAMS_PER_TERM = 512;
/** A prefix matching more indexed words than this stays a native FTS5 prefix query. */
const MAX_TERMS_PER_PREFIX = 64;
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

function phrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Builds an FTS5 MATCH string of quoted phrases (implicit AND), safe for any input; never throws. */
export function toFtsQuery(terms: Term[], allowPrefix: boolean): string {
  return terms.map((t) => `${phrase(t.text)}${allowPrefix && t.prefix ? '*' : ''}`).join(' ');
}

/** unicode61 keeps a whole CJK run as one token, so CJK needs the trigram index to match inside a run. */
export function wantsTrigram(terms: Term[]): boolean {
  return terms.some((t) => CJK.test(t.text));
}

export function isShort(term: Term): boolean {
  return Array.from(term.text).length < 3;
}

const vocabReady = new WeakMap<StateDb, Set<string>>();

/**
 * Indexed terms of `table` that start with `prefix` (at most `max + 1` of them), via an fts5vocab
 * table in the connection's own temp schema: a range scan of the index's term list, and nothing is
 * written to state.db.
 */
function termsStartingWith(db: StateDb, table: 'messages_fts' | 'messages_fts_trigram', prefix: string, max: number): string[] {
  const vocab = `paddock_vocab_${table}`;
  let ready = vocabReady.get(db);
  if (!ready) vocabReady.set(db, (ready = new Set()));
  if (!ready.has(table)) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, '${table}', 'row')`);
    ready.add(table);
  }
  const from = prefix.toLowerCase();
  return db
    .prepare(`SELECT term FROM temp.${vocab} WHERE term >= ? AND term < ? LIMIT ?`)
    .pluck()
    .all(from, `${from}\u{10FFFF}`, max + 1)
    .filter((t): t is string => typeof t === 'string');
}

/**
 * The word-index MATCH for `terms`. A trailing-* term becomes the indexed words it prefixes, ORed:
 * FTS5 would otherwise merge every such word's postings again for each query, and the snippet of
 * each hit on a page is one more query. With too many such words, or none (the term holds punctuation
 * or accents the tokenizer folds), the native prefix query is kept.
 */
export function wordMatch(db: StateDb, terms: Term[]): string {
  const groups: string[] = [];
  for (const term of terms) {
    if (!term.prefix) {
      groups.push(phrase(term.text));
      continue;
    }
    const words = termsStartingWith(db, 'messages_fts', term.text, MAX_TERMS_PER_PREFIX);
    groups.push(words.length === 0 || words.length > MAX_TERMS_PER_PREFIX ? `${phrase(term.text)}*` : `(${words.map(phrase).join(' OR ')})`);
  }
  return groups.join(' AND ');
}

/**
 * The trigram index cannot match fewer than 3 characters, but its vocabulary can: every place a
 * 1–2 character term occurs starts some indexed trigram (the indexed text always ends with the
 * separators Hermes' trigger appends), so "the term" equals "any trigram beginning with it".
 */
function trigramsStartingWith(db: StateDb, text: string): string[] {
  return termsStartingWith(db, 'messages_fts_trigram', text, MAX_TRIGRAMS_PER_TERM);
}

/** What a trigram search will run: exact phrases, or phrases with short terms expanded into trigram alternatives. */
export type TrigramPlan = { kind: 'exact'; match: string } | { kind: 'expanded'; match: string } | { kind: 'no_match' } | { kind: 'scan' };

/** Plans a search of the trigram index for `terms`; never throws for odd text, throws SqliteError if the index is unusable. */
export function planTrigram(db: StateDb, terms: Term[]): TrigramPlan {
  if (tableColumns(db, 'messages_fts_trigram').size === 0) return { kind: 'scan' };
  if (!terms.some(isShort)) return { kind: 'exact', match: toFtsQuery(terms, false) };
  const groups: string[] = [];
  for (const term of terms) {
    if (!isShort(term)) {
      groups.push(phrase(term.text));
      continue;
    }
    const trigrams = trigramsStartingWith(db, term.text);
    if (trigrams.length === 0) return { kind: 'no_match' };
    if (trigrams.length > MAX_TRIGRAMS_PER_TERM) return { kind: 'scan' };
    groups.push(`(${trigrams.map(phrase).join(' OR ')})`);
  }
  return { kind: 'expanded', match: groups.join(' AND ') };
}
