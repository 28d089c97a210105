import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStateDbs, getTranscript, listSessions, searchMessages } from '@/lib/hermes-home';
import { addMessage, addSession, cleanupTemp, COMPACTION, copyFixture, openWriter, seedCompressionChain } from './helpers';

let home: string;
let chainHome: string;
const BASE = 1_796_000_000; // 2026-11-30, after every fixture row

beforeAll(() => {
  home = copyFixture();
  chainHome = copyFixture();
  const w = openWriter(chainHome);
  seedCompressionChain(w, BASE);
  // A /branch-style child: the parent ended with 'branched' before the child started.
  addSession(w, { id: 'branch_parent', started: BASE + 1000, ended: BASE + 1100, endReason: 'branched', title: 'Menu ideas' });
  addMessage(w, 'branch_parent', 'user', 'Brainstorm winter menu ideas', BASE + 1001);
  addSession(w, { id: 'branch_child', parent: 'branch_parent', started: BASE + 1101, title: 'Menu ideas #2' });
  addMessage(w, 'branch_child', 'user', 'Only soups this time', BASE + 1102);
  w.close();
});

afterAll(() => {
  closeStateDbs();
  cleanupTemp();
});

describe('listSessions on the fixture', () => {
  it('lists all 23 conversations with per-source counts', async () => {
    const list = await listSessions({ home, limit: 100 });
    expect(list.total).toBe(23);
    expect(list.items).toHaveLength(23);
    expect(list.sources).toEqual([
      { source: 'cron', count: 13 },
      { source: 'api_server', count: 10 },
    ]);
  });

  it('orders by newest activity first', async () => {
    const { items } = await listSessions({ home, limit: 100 });
    expect(items[0]?.id).toBe('api-41a9893e7d441abc');
    expect(items[items.length - 1]?.id).toBe('api-15537fde1931f821');
    for (let i = 1; i < items.length; i++) {
      expect(items[i - 1]!.lastActiveAt).toBeGreaterThanOrEqual(items[i]!.lastActiveAt);
    }
  });

  it('fills counts, tokens, model and ms timestamps from state.db', async () => {
    const { items } = await listSessions({ home, limit: 100 });
    const row = items.find((r) => r.id === 'api-f4bfee8e12e3bdc3');
    expect(row).toMatchObject({
      rootId: 'api-f4bfee8e12e3bdc3',
      sessionIds: ['api-f4bfee8e12e3bdc3'],
      source: 'api_server',
      title: null,
      preview: '金米麥今天庫存最低的 5 樣是什麼？',
      messageCount: 8,
      toolCallCount: 2,
      inputTokens: 7144,
      outputTokens: 163,
      model: 'fake-model',
      endedAt: null,
      parentSessionId: null,
    });
    expect(new Date(row!.startedAt).toISOString().slice(0, 19)).toBe('2026-11-16T08:40:06');
    expect(Math.abs(row!.lastActiveAt - Date.parse('2026-11-16T08:40:07.941Z'))).toBeLessThanOrEqual(1);
  });

  it('uses the first user message as preview, skipping the cron preamble', async () => {
    const { items } = await listSessions({ home, source: 'cron', limit: 100 });
    const heartbeat = items.find((r) => r.id === 'cron_dcf4c3efe485_20261116_094102');
    expect(heartbeat?.preview).toBe(
      'Heartbeat: check POS sync, the online shop and the receipt printer. Reply [SILENT] if everything is normal.',
    );
    expect(heartbeat?.endReason).toBe('cron_complete');
    expect(heartbeat?.endedAt).toBeTypeOf('number');
  });

  it('filters by source and pages with limit/offset', async () => {
    const cron = await listSessions({ home, source: 'cron', limit: 5, offset: 10 });
    expect(cron.total).toBe(13);
    expect(cron.items).toHaveLength(3);
    expect(cron.items.every((r) => r.source === 'cron')).toBe(true);
    expect(cron.sources).toHaveLength(2);
    const none = await listSessions({ home, source: 'discord', limit: 5 });
    expect(none).toMatchObject({ total: 0, items: [] });
  });

  it('filters by a case-insensitive query over title, preview and id', async () => {
    const byTitle = await listSessions({ home, query: '聖誕禮盒', limit: 10 });
    expect(byTitle.items.map((r) => r.id).sort()).toEqual([
      'sess_c2bd7f445d6541be980f191b01a085d1',
      'sess_c68a30bc8ed94e5ba4843288e95e7003',
    ]);
    const byPreview = await listSessions({ home, query: 'HEARTBEAT', limit: 10 });
    expect(byPreview.total).toBe(3);
    const byId = await listSessions({ home, query: 'api-9c42', limit: 10 });
    expect(byId.items.map((r) => r.id)).toEqual(['api-9c42243e7f78ff0a']);
  });

  it('keeps the forked session (a copy of its parent) as its own conversation', async () => {
    const { items } = await listSessions({ home, limit: 100 });
    const fork = items.find((r) => r.id === 'sess_c2bd7f445d6541be980f191b01a085d1');
    expect(fork).toMatchObject({ parentSessionId: 'sess_c68a30bc8ed94e5ba4843288e95e7003', title: '聖誕禮盒定價（成本 350）', messageCount: 6 });
  });

  it('clamps nonsensical paging values instead of failing', async () => {
    const list = await listSessions({ home, limit: -5, offset: -3 });
    expect(list.items).toHaveLength(1);
    expect((await listSessions({ home, limit: Number.NaN })).items).toHaveLength(23);
  });
});

describe('getTranscript on the fixture', () => {
  it('returns messages in order with parsed tool calls and ms timestamps', async () => {
    const t = await getTranscript({ home, id: 'api-f4bfee8e12e3bdc3' });
    expect(t.sessionIds).toEqual(['api-f4bfee8e12e3bdc3']);
    expect(t.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant', 'user', 'assistant', 'tool', 'assistant']);
    const call = t.messages[1];
    expect(call?.content).toBe('');
    expect(call?.toolCalls).toHaveLength(1);
    expect(call?.toolCalls?.[0]).toMatchObject({ id: 'call_dbf5ce91c353', name: 'terminal' });
    expect(JSON.parse(call?.toolCalls?.[0]?.arguments ?? '{}')).toHaveProperty('command');
    expect(t.messages[2]).toMatchObject({ role: 'tool', toolName: 'terminal', toolCallId: 'call_dbf5ce91c353', toolCalls: null });
    expect(Math.abs(t.messages[0]!.timestamp - Date.parse('2026-11-16T08:40:07.514Z'))).toBeLessThanOrEqual(1);
    expect(t.messages.every((m) => m.compactionSummary === false)).toBe(true);
  });

  it('reports not_found for an unknown session id', async () => {
    await expect(getTranscript({ home, id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('compression chains and children', () => {
  it('shows a compression chain once, as its live tip, and hides subagent children', async () => {
    const list = await listSessions({ home: chainHome, limit: 100 });
    expect(list.total).toBe(23 + 3);
    const ids = list.items.flatMap((r) => r.sessionIds);
    expect(ids).not.toContain('chain_sub');
    expect(ids).not.toContain('chain_delegate');
    expect(ids.filter((id) => id.startsWith('chain_'))).toEqual(['chain_root', 'chain_mid', 'chain_tip']);
    expect(list.items.find((r) => r.rootId === 'chain_root')).toMatchObject({
      id: 'chain_tip',
      rootId: 'chain_root',
      sessionIds: ['chain_root', 'chain_mid', 'chain_tip'],
      source: 'cli',
      title: 'Sourdough plan #3',
      preview: 'How do I start a sourdough starter?',
      startedAt: BASE * 1000,
      endedAt: null,
      lastActiveAt: (BASE + 321) * 1000,
      messageCount: 6 + 7 + 4,
      inputTokens: 600,
      outputTokens: 60,
      toolCallCount: 1,
    });
    expect(list.sources).toContainEqual({ source: 'cli', count: 3 });
  });

  it('keeps a /branch child visible next to its ended parent', async () => {
    const { items } = await listSessions({ home: chainHome, limit: 100 });
    expect(items.find((r) => r.id === 'branch_child')).toMatchObject({ parentSessionId: 'branch_parent', title: 'Menu ideas #2' });
    expect(items.find((r) => r.id === 'branch_parent')).toBeDefined();
  });

  it('reads the whole chain as one transcript from any of its ids, without compaction copies', async () => {
    const expected = [
      'How do I start a sourdough starter?',
      'Mix equal parts flour and water.',
      'Which flour?',
      'Whole wheat works best.',
      'And the feeding schedule?',
      'Feed it twice a day.',
      `${COMPACTION}\nThe user is building a starter.`,
      'How long should the dough proof?',
      'Four to six hours at room temperature.',
      '[CONTEXT SUMMARY]: starter and proofing covered.',
      'Can I refrigerate the dough overnight?',
      'Yes, a cold retard of up to 48 hours works.',
    ];
    for (const id of ['chain_root', 'chain_mid', 'chain_tip']) {
      const t = await getTranscript({ home: chainHome, id });
      expect(t.id).toBe('chain_tip');
      expect(t.rootId).toBe('chain_root');
      expect(t.sessionIds).toEqual(['chain_root', 'chain_mid', 'chain_tip']);
      expect(t.title).toBe('Sourdough plan #3');
      expect(t.messages.map((m) => m.content)).toEqual(expected);
    }
    const t = await getTranscript({ home: chainHome, id: 'chain_tip' });
    expect(t.messages.filter((m) => m.compactionSummary).map((m) => m.sessionId)).toEqual(['chain_mid', 'chain_tip']);
    const times = t.messages.map((m) => m.timestamp);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('still returns a hidden subagent session on its own when asked by id', async () => {
    const t = await getTranscript({ home: chainHome, id: 'chain_sub' });
    expect(t.sessionIds).toEqual(['chain_sub']);
    expect(t.messages.map((m) => m.content)).toEqual(['Research flour protein levels']);
  });

  it('points search hits inside a chain at the conversation tip', async () => {
    const { hits } = await searchMessages({ home: chainHome, query: 'sourdough starter', limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.conversationId))).toEqual(new Set(['chain_tip']));
    expect(hits.map((h) => h.sessionId)).toContain('chain_root');
  });
});
