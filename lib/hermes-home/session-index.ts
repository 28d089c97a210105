import { chainFor, conversationStarts, type Lineage } from './lineage';
import { refreshLineage, type LineageState } from './lineage-state';
import { refreshMessageStats, type MessageStats } from './message-stats';
import type { StateDb } from './state-db';

/** One row of the conversation list before its per-page details are read. */
export interface Conversation {
  rootId: string;
  /** Session ids of the compression chain, oldest first. */
  chain: string[];
  source: string;
  /** ms epoch */
  startedAt: number;
  /** ms epoch of the newest message in the chain (or of the start without messages). */
  lastActiveAt: number;
  messageCount: number;
}

export interface SessionIndex {
  lineage: Lineage;
  /** Every conversation, newest activity first; built on first use (search and transcripts need only the lineage). */
  conversations: Conversation[] | null;
  /** Conversations per source, most first (for the filter chips); with `conversations`. */
  sources: { source: string; count: number }[];
  /** The same order as `conversations`, split by source (filled on first use). */
  bySource: Map<string, Conversation[]>;
}

interface Entry {
  version: number;
  stats: MessageStats;
  lineage: LineageState;
  index: SessionIndex;
}

/**
 * Built once per state.db snapshot. PRAGMA data_version changes exactly when another connection (the
 * gateway) commits, and it is read inside the caller's read transaction, so the cached index always
 * matches what the rest of that transaction sees. After a commit the message counts and the lineage
 * are updated from what was appended rather than read again (see refreshMessageStats and
 * refreshLineage). A snapshot handle (read-only mount) is replaced when its file changes, and the
 * WeakMap lets its entry go with it.
 */
const cache = new WeakMap<StateDb, Entry>();

function buildConversations(lineage: Lineage): Conversation[] {
  const out = conversationStarts(lineage).map((start): Conversation => {
    const chain = chainFor(lineage, start.id);
    let lastActiveAt = start.startedAt;
    let messageCount = 0;
    for (const id of chain) {
      const n = lineage.nodes.get(id);
      if (!n) continue;
      lastActiveAt = Math.max(lastActiveAt, n.lastMessageAt ?? n.startedAt);
      messageCount += n.messageCount;
    }
    return { rootId: start.id, chain, source: start.source, startedAt: start.startedAt, lastActiveAt, messageCount };
  });
  const tip = (c: Conversation) => c.chain[c.chain.length - 1] ?? c.rootId;
  // Ids are ASCII, so plain comparison orders ties like localeCompare would, without its cost on 10,000 rows.
  out.sort((a, b) => b.lastActiveAt - a.lastActiveAt || b.startedAt - a.startedAt || (tip(a) < tip(b) ? -1 : tip(a) > tip(b) ? 1 : 0));
  return out;
}

function countSources(conversations: Conversation[]): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of conversations) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  const sources = [...counts].map(([source, count]) => ({ source, count }));
  sources.sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
  return sources;
}

/** The lineage and sorted conversation list for the snapshot `db` is reading; call inside readStateDb. */
export function sessionIndex(db: StateDb): SessionIndex {
  const version = Number(db.pragma('data_version', { simple: true }));
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.index;
  const stats = refreshMessageStats(db, hit?.stats);
  // Counted again from scratch means messages were deleted, so a session's first message may be another one now.
  if (hit && stats !== hit.stats) hit.lineage.heads.clear();
  const state = refreshLineage(db, stats, hit?.lineage);
  const index: SessionIndex = { lineage: state.lineage, conversations: null, sources: [], bySource: new Map() };
  cache.set(db, { version, stats, lineage: state, index });
  return index;
}

function allConversations(index: SessionIndex): Conversation[] {
  if (!index.conversations) {
    index.conversations = buildConversations(index.lineage);
    index.sources = countSources(index.conversations);
  }
  return index.conversations;
}

/** Every source with its number of conversations, most first; memoised per snapshot. */
export function sourceCounts(index: SessionIndex): { source: string; count: number }[] {
  allConversations(index);
  return index.sources;
}

/** Conversations of one source (all when undefined), newest activity first; memoised per snapshot. */
export function conversationsOf(index: SessionIndex, source: string | undefined): Conversation[] {
  const all = allConversations(index);
  if (source === undefined) return all;
  let list = index.bySource.get(source);
  if (!list) {
    list = all.filter((c) => c.source === source);
    index.bySource.set(source, list);
  }
  return list;
}
