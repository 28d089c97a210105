import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStateDbs, MATCH_END, MATCH_START, searchMessages } from '@/lib/hermes-home';
import { parseTerms, toFtsQuery } from '@/lib/hermes-home/search';
import { addMessage, addSession, cleanupTemp, copyFixture, openWriter } from './helpers';

let home: string;

beforeAll(() => {
  home = copyFixture();
});

afterAll(() => {
  closeStateDbs();
  cleanupTemp();
});

const marked = (s: string) => `${MATCH_START}${s}${MATCH_END}`;

/** Ids of messages whose indexed text contains every term, newest first: what a full scan finds. */
function scanIds(dir: string, terms: string[]): number[] {
  const raw = new Database(path.join(dir, 'state.db'), { readonly: true });
  try {
    const text = `COALESCE(content, '') || ' ' || COALESCE(tool_name, '') || ' ' || COALESCE(tool_calls, '')`;
    const where = terms.map(() => `instr(${text}, ?) > 0`).join(' AND ');
    return raw.prepare(`SELECT id FROM messages WHERE ${where} ORDER BY timestamp DESC, id DESC`).pluck().all(...terms) as number[];
  } finally {
    raw.close();
  }
}

function balanced(snippet: string): boolean {
  let depth = 0;
  for (const ch of snippet) {
    if (ch === MATCH_START) depth++;
    if (ch === MATCH_END) depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

describe('searchMessages', () => {
  it('finds English words through the word index and marks the matches', async () => {
    const r = await searchMessages({ home, query: 'hashtags', limit: 10 });
    expect(r.mode).toBe('fts');
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({ sessionId: 'api-26d7f6cd9dd5e60b', conversationId: 'api-26d7f6cd9dd5e60b', messageId: 39, role: 'user', source: 'api_server' });
    expect(r.hits[0]?.snippet).toContain(marked('hashtags'));
    expect(Math.abs(r.hits[0]!.timestamp - Date.parse('2026-11-17T10:05:07.352Z'))).toBeLessThanOrEqual(1);
  });

  it('matches every term (implicit AND), case-insensitively', async () => {
    const r = await searchMessages({ home, query: 'GIFT box', limit: 20 });
    expect(r.mode).toBe('fts');
    expect(r.hits.length).toBeGreaterThanOrEqual(3);
    for (const h of r.hits) expect(h.snippet.toLowerCase()).toMatch(/gift/);
  });

  it('supports a trailing * as a prefix search, marking the whole word', async () => {
    const r = await searchMessages({ home, query: 'hasht*', limit: 10 });
    expect(r.hits.map((h) => h.messageId)).toContain(39);
    expect(r.hits.find((h) => h.messageId === 39)?.snippet).toContain(marked('hashtags'));
    expect((await searchMessages({ home, query: 'HASHT*', limit: 10 })).hits.map((h) => h.messageId)).toContain(39);
    expect((await searchMessages({ home, query: 'zzqqxx*', limit: 10 })).hits).toEqual([]);
  });

  it('finds a Chinese phrase of 3+ characters through the trigram index', async () => {
    const r = await searchMessages({ home, query: '庫存最低', limit: 10 });
    expect(r.mode).toBe('trigram');
    expect(r.hits.map((h) => h.messageId).sort((a, b) => a - b)).toEqual([5, 8]);
    expect(r.hits.find((h) => h.messageId === 5)).toMatchObject({ role: 'user', sessionId: 'api-f4bfee8e12e3bdc3' });
    for (const h of r.hits) expect(h.snippet).toContain(marked('庫存最低'));
  });

  it('finds Chinese words shorter than 3 characters through the trigram vocabulary: the same messages a scan finds', async () => {
    const r = await searchMessages({ home, query: '黑米', limit: 100 });
    expect(r.mode).toBe('trigram');
    // 黑米 appears in the stock answers, the daily reviews and the weekly digest (not inside \\u-escaped tool JSON).
    expect(r.hits.map((h) => h.messageId)).toEqual(expect.arrayContaining([8, 26, 30, 42, 56, 58, 60, 62, 65]));
    expect(r.hits.map((h) => h.messageId)).toEqual(scanIds(home, ['黑米']));
    for (const h of r.hits) {
      expect(h.snippet).toContain(marked('黑米'));
      expect(balanced(h.snippet)).toBe(true);
    }
    const times = r.hits.map((h) => h.timestamp);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('matches a single character and mixes short and long terms', async () => {
    expect((await searchMessages({ home, query: '米', limit: 100 })).hits.map((h) => h.messageId)).toEqual(scanIds(home, ['米']));
    const mixed = await searchMessages({ home, query: '黑米 庫存', limit: 100 });
    expect(mixed.mode).toBe('trigram');
    expect(mixed.hits.map((h) => h.messageId)).toEqual(scanIds(home, ['黑米', '庫存']));
  });

  it('treats LIKE wildcards in the query literally', async () => {
    expect((await searchMessages({ home, query: '%米', limit: 10 })).hits).toEqual([]);
    expect((await searchMessages({ home, query: '_米', limit: 10 })).hits).toEqual([]);
  });

  it('falls back to a LIKE scan when the database has no trigram index', async () => {
    const copy = copyFixture();
    const w = openWriter(copy);
    w.exec('DROP TRIGGER messages_fts_trigram_insert; DROP TRIGGER messages_fts_trigram_delete; DROP TRIGGER messages_fts_trigram_update; DROP TABLE messages_fts_trigram;');
    w.close();
    const r = await searchMessages({ home: copy, query: '黑米', limit: 100 });
    expect(r.mode).toBe('like');
    expect(r.hits.map((h) => h.messageId)).toEqual(scanIds(home, ['黑米']));
    expect((await searchMessages({ home: copy, query: '%米', limit: 10 })).hits).toEqual([]);
    expect((await searchMessages({ home: copy, query: '_米', limit: 10 })).hits).toEqual([]);
  });

  it('finds a freshly inserted Chinese message in a copy written through the schema triggers', async () => {
    const copy = copyFixture();
    const w = openWriter(copy);
    addSession(w, { id: 'zh_new', source: 'telegram', started: 1_796_200_000 });
    const id = addMessage(w, 'zh_new', 'user', '請幫我記下：明天要烤三十個紅豆麵包', 1_796_200_001);
    w.close();
    const tri = await searchMessages({ home: copy, query: '紅豆麵包', limit: 10 });
    expect(tri.mode).toBe('trigram');
    expect(tri.hits.find((h) => h.messageId === id)).toMatchObject({ sessionId: 'zh_new', source: 'telegram' });
    const like = await searchMessages({ home: copy, query: '烤三', limit: 10 });
    expect(like.hits.map((h) => h.messageId)).toEqual([id]);
  });

  it('filters by source and honours limit/offset', async () => {
    const cron = await searchMessages({ home, query: '金米麥', source: 'cron', limit: 50 });
    expect(cron.hits.length).toBeGreaterThan(0);
    expect(cron.hits.every((h) => h.source === 'cron')).toBe(true);
    const all = await searchMessages({ home, query: '金米麥', limit: 4 });
    const next = await searchMessages({ home, query: '金米麥', limit: 4, offset: 4 });
    expect(all.hits).toHaveLength(4);
    expect(next.hits.map((h) => h.messageId)).not.toContain(all.hits[0]?.messageId);
  });

  it('never throws on FTS syntax or injection attempts', async () => {
    const nasty = [
      '"', '""', '*', '**', 'AND', 'OR', 'NOT', '(', ')', '((', 'NEAR(', 'NEAR(a b, 2)', 'a AND (b', 'gift"', '"gift',
      'content:gift', '{content}: gift', '^gift', '-gift', '+gift', 'gift OR', 'OR gift', "'; DROP TABLE messages; --",
      '\u0000', '\u0001\u0002', '黑"米', '"金米麥', '*金*', '金 AND 米', '%', '_', '\\', 'a'.repeat(5000),
      Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
    ];
    for (const query of nasty) {
      const r = await searchMessages({ home, query, limit: 5 });
      expect(Array.isArray(r.hits), query).toBe(true);
      for (const h of r.hits) expect(balanced(h.snippet), query).toBe(true);
    }
  });

  it('returns no hits and no mode for blank or symbol-only queries', async () => {
    for (const query of ['', '   ', '*', '"()"', '---']) {
      expect(await searchMessages({ home, query, limit: 5 })).toEqual({ mode: null, hits: [] });
    }
  });

  it('builds every snippet from the hit\'s own message text', async () => {
    const raw = new Database(path.join(home, 'state.db'), { readonly: true });
    const indexed = raw.prepare(`SELECT COALESCE(content, '') || ' ' || COALESCE(tool_name, '') || ' ' || COALESCE(tool_calls, '') AS t FROM messages WHERE id = ?`);
    try {
      for (const [query, sort] of [['gift', 'relevance'], ['gift', 'newest'], ['金米麥', 'relevance'], ['黑米', 'newest'], ['terminal', 'relevance']] as const) {
        const { hits } = await searchMessages({ home, query, limit: 50, sort });
        expect(hits.length, query).toBeGreaterThan(1);
        for (const h of hits) {
          const row = indexed.get(h.messageId) as { t: string };
          for (const piece of h.snippet.replace(/[\u0001\u0002]/g, '').split('…').filter((p) => p.trim() !== '')) {
            expect(row.t, `${query} #${h.messageId}`).toContain(piece);
          }
        }
      }
    } finally {
      raw.close();
    }
  });

  it('can order hits newest first', async () => {
    const { hits } = await searchMessages({ home, query: 'gift', limit: 50, sort: 'newest' });
    const ids = hits.map((h) => h.messageId);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(ids[0]).toBe(65);
  });

  it('treats AND/OR/NOT as plain words, not operators', async () => {
    const r = await searchMessages({ home, query: 'bilingual AND', limit: 5 });
    expect(r.hits.map((h) => h.messageId)).toEqual([39]);
  });

  it('reports hermes_home_missing for a missing home', async () => {
    await expect(searchMessages({ home: '/nonexistent/hermes', query: 'x', limit: 5 })).rejects.toMatchObject({ code: 'hermes_home_missing' });
  });
});

describe('relevance with more matches than the ranked window', () => {
  const MATCHES = 620;
  let many: string;
  let strongOld: number;
  let strongNew: number;

  beforeAll(() => {
    many = copyFixture();
    const w = openWriter(many);
    addSession(w, { id: 'quokka_log', source: 'cli', started: 1_796_300_000 });
    w.transaction(() => {
      for (let i = 0; i < MATCHES; i++) {
        const text = i === 5 || i === 600 ? 'quokka quokka quokka quokka sighting' : `note ${i} about a quokka and a long tail of other words to dilute it`;
        const id = addMessage(w, 'quokka_log', 'user', text, 1_796_300_001 + i);
        if (i === 5) strongOld = id;
        if (i === 600) strongNew = id;
      }
    })();
    w.close();
  });

  it('ranks the newest matches by relevance, then continues newest first', async () => {
    const first = await searchMessages({ home: many, query: 'quokka', limit: 10 });
    expect(first.hits[0]?.messageId).toBe(strongNew);
    expect(first.hits.map((h) => h.messageId)).not.toContain(strongOld);
    const late = await searchMessages({ home: many, query: 'quokka', limit: 10, offset: MATCHES - 10 });
    expect(late.hits.map((h) => h.messageId)).toContain(strongOld);
    const ids = late.hits.map((h) => h.messageId);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it('pages through every match exactly once, across the window edge', async () => {
    const seen: number[] = [];
    for (let offset = 0; offset < MATCHES + 30; offset += 30) {
      seen.push(...(await searchMessages({ home: many, query: 'quokka', limit: 30, offset })).hits.map((h) => h.messageId));
    }
    expect(seen).toHaveLength(MATCHES);
    expect(new Set(seen).size).toBe(MATCHES);
  });

  it('orders newest first on request', async () => {
    const { hits } = await searchMessages({ home: many, query: 'quokka', limit: 5, sort: 'newest' });
    expect(hits[0]?.snippet).toContain(marked('quokka'));
    const ids = hits.map((h) => h.messageId);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });
});

describe('query building', () => {
  it('quotes every term and doubles embedded quotes', () => {
    expect(toFtsQuery(parseTerms('say "hi" AND go*'), true)).toBe('"say" """hi""" "AND" "go"*');
    expect(toFtsQuery(parseTerms('go*'), false)).toBe('"go"');
  });

  it('drops terms without letters or digits and caps the number of terms', () => {
    expect(parseTerms('( ) * " - 金').map((t) => t.text)).toEqual(['金']);
    expect(parseTerms(Array.from({ length: 40 }, (_, i) => `t${i}`).join(' '))).toHaveLength(16);
  });
});
