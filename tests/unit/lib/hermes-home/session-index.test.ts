import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStateDbs, getStateDb, listSessions } from '@/lib/hermes-home';
import { refreshLineage } from '@/lib/hermes-home/lineage-state';
import { refreshMessageStats } from '@/lib/hermes-home/message-stats';
import { conversationsOf, sessionIndex } from '@/lib/hermes-home/session-index';
import { addMessage, addSession, cleanupTemp, COMPACTION, copyFixture, openWriter } from './helpers';

const BASE = 1_796_000_000;
let home: string;
let writer: Database.Database;

beforeEach(() => {
  home = copyFixture();
  writer = openWriter(home);
});
afterEach(() => {
  writer.close();
  closeStateDbs();
});
afterAll(() => cleanupTemp());

/** The cached index (updated in place across commits) next to one read from scratch on a second connection. */
function cachedAndFresh() {
  const db = getStateDb(home);
  const cached = db.transaction(() => {
    const index = sessionIndex(db);
    return { nodes: [...index.lineage.nodes.values()], next: [...index.lineage.next], conversations: conversationsOf(index, undefined) };
  })();
  const other = new Database(path.join(home, 'state.db'), { readonly: true });
  try {
    const fresh = other.transaction(() => refreshLineage(other, refreshMessageStats(other, undefined)))();
    return { cached, fresh: { nodes: [...fresh.lineage.nodes.values()], next: [...fresh.lineage.next] } };
  } finally {
    other.close();
  }
}

function expectInSync(): void {
  const { cached, fresh } = cachedAndFresh();
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(cached.nodes)).toEqual(byId(fresh.nodes));
  expect(new Map(cached.next)).toEqual(new Map(fresh.next));
}

describe('the cached session index', () => {
  it('is reused while the gateway commits nothing', () => {
    const db = getStateDb(home);
    const first = db.transaction(() => sessionIndex(db))();
    expect(db.transaction(() => sessionIndex(db))()).toBe(first);
  });

  it('takes in appended sessions and messages exactly as a full read would', async () => {
    expectInSync();
    addSession(writer, { id: 'live_a', source: 'discord', started: BASE });
    addMessage(writer, 'live_a', 'user', 'Is the bakery open on Sunday?', BASE + 1);
    expectInSync();
    addMessage(writer, 'live_a', 'assistant', 'Yes, from 9 to 17.', BASE + 2);
    addMessage(writer, 'api-15537fde1931f821', 'user', 'One more thing about the shop.', BASE + 3);
    expectInSync();
    const list = await listSessions({ home, limit: 2 });
    expect(list.items.map((r) => [r.id, r.messageCount])).toEqual([
      ['api-15537fde1931f821', 5],
      ['live_a', 2],
    ]);
    expect(list.sources).toContainEqual({ source: 'discord', count: 1 });
  });

  it('joins a compression continuation to its parent once the parent ends', async () => {
    addSession(writer, { id: 'long_chat', source: 'cli', started: BASE, title: 'Flour order' });
    addMessage(writer, 'long_chat', 'user', 'Plan the flour order', BASE + 1);
    expectInSync();
    writer.prepare("UPDATE sessions SET ended_at = ?, end_reason = 'compression' WHERE id = 'long_chat'").run(BASE + 50);
    addSession(writer, { id: 'long_chat_2', source: 'cli', parent: 'long_chat', started: BASE + 51, title: 'Flour order #2' });
    addMessage(writer, 'long_chat_2', 'user', `${COMPACTION}\nFlour order planned.`, BASE + 51);
    expectInSync();
    const row = (await listSessions({ home, limit: 100 })).items.find((r) => r.rootId === 'long_chat');
    expect(row).toMatchObject({ id: 'long_chat_2', sessionIds: ['long_chat', 'long_chat_2'], title: 'Flour order #2', messageCount: 2 });
  });

  it('picks up a renamed session', async () => {
    await listSessions({ home, limit: 1 });
    writer.prepare("UPDATE sessions SET title = 'Renamed' WHERE id = 'api-f4bfee8e12e3bdc3'").run();
    expectInSync();
    expect((await listSessions({ home, limit: 100 })).items.find((r) => r.id === 'api-f4bfee8e12e3bdc3')?.title).toBe('Renamed');
  });

  it('reads everything again after messages or sessions are deleted', async () => {
    addSession(writer, { id: 'doomed', source: 'line', started: BASE });
    addMessage(writer, 'doomed', 'user', 'Temporary', BASE + 1);
    addMessage(writer, 'api-15537fde1931f821', 'user', 'Undo me', BASE + 2);
    expect((await listSessions({ home, limit: 1 })).items[0]?.id).toBe('api-15537fde1931f821');
    writer.prepare("DELETE FROM messages WHERE content = 'Undo me'").run();
    expectInSync();
    writer.prepare("DELETE FROM messages WHERE session_id = 'doomed'").run();
    writer.prepare("DELETE FROM sessions WHERE id = 'doomed'").run();
    expectInSync();
    const list = await listSessions({ home, limit: 1 });
    expect(list.total).toBe(23);
    expect(list.items[0]?.id).toBe('api-41a9893e7d441abc');
  });
});

describe('incremental refresh', () => {
  function refresh(prev?: { stats: ReturnType<typeof refreshMessageStats>; lineage: ReturnType<typeof refreshLineage> }) {
    const db = getStateDb(home);
    return db.transaction(() => {
      const stats = refreshMessageStats(db, prev?.stats);
      return { stats, lineage: refreshLineage(db, stats, prev?.lineage) };
    })();
  }

  it('updates the previous state in place after appends', () => {
    const first = refresh();
    addSession(writer, { id: 'live_b', source: 'cli', started: BASE });
    addMessage(writer, 'live_b', 'user', 'hello', BASE + 1);
    const second = refresh(first);
    expect(second.stats).toBe(first.stats);
    expect(second.lineage).toBe(first.lineage);
    expect(second.lineage.lineage.nodes.get('live_b')).toMatchObject({ messageCount: 1, lastMessageAt: (BASE + 1) * 1000 });
  });

  it('starts over when rows were deleted', () => {
    const first = refresh();
    writer.prepare("DELETE FROM messages WHERE session_id = 'api-15537fde1931f821'").run();
    writer.prepare("DELETE FROM sessions WHERE id = 'api-15537fde1931f821'").run();
    const second = refresh(first);
    expect(second.stats).not.toBe(first.stats);
    expect(second.lineage).not.toBe(first.lineage);
    expect(second.lineage.lineage.nodes.has('api-15537fde1931f821')).toBe(false);
  });
});
