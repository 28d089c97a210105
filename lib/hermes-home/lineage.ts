/**
 * - root: no parent (or the parent row is gone).
 * - continuation: the live successor of a session that ended with end_reason='compression'.
 * - branch: a user-visible fork (/branch, the fork route, or a stale compression sibling).
 * - subagent: any other child (delegate runs); hidden from the conversation list.
 */
export type SessionKind = 'root' | 'branch' | 'continuation' | 'subagent';

/** What the conversation list needs of every session; per-row details (tokens, model…) are read per page. */
export interface SessionNode {
  id: string;
  source: string;
  parentId: string | null;
  /** ms epoch */
  startedAt: number;
  title: string | null;
  messageCount: number;
  /** ms epoch of the newest message, null without messages. */
  lastMessageAt: number | null;
  kind: SessionKind;
}

export interface Lineage {
  nodes: Map<string, SessionNode>;
  /** compression parent id → its chosen continuation id */
  next: Map<string, string>;
  prev: Map<string, string>;
}

/** The facts that decide a parent/child relation, known for sessions that have a parent or a child. */
export interface Relation {
  /** Raw REAL epoch seconds, compared as Hermes compares them. */
  startedSec: number;
  endedSec: number | null;
  endReason: string | null;
  branched: boolean;
  delegated: boolean;
  copiesParentHead: boolean;
}

/** Links compression chains and sets every related node's kind; nodes without a relation stay roots. Never throws. */
export function classify(nodes: Map<string, SessionNode>, rel: Map<string, Relation>): Lineage {
  // Same rule as Hermes' get_compression_tip: parent ended by compression, child started at/after that end;
  // if several qualify, the latest one is the live continuation.
  const next = new Map<string, string>();
  for (const [id, r] of rel) {
    const parentId = nodes.get(id)?.parentId;
    const parent = parentId ? rel.get(parentId) : undefined;
    if (!parentId || !parent || r.branched || r.delegated) continue;
    if (parent.endReason !== 'compression' || parent.endedSec === null || r.startedSec < parent.endedSec) continue;
    const current = next.get(parentId);
    const currentRel = current ? rel.get(current) : undefined;
    if (!currentRel || r.startedSec > currentRel.startedSec) next.set(parentId, id);
  }
  const prev = new Map<string, string>();
  for (const [p, c] of next) prev.set(c, p);

  for (const node of nodes.values()) node.kind = 'root';
  for (const [id, r] of rel) {
    const node = nodes.get(id);
    const parent = node?.parentId ? rel.get(node.parentId) : undefined;
    if (!node || !parent) continue;
    const endedBefore = (reason: string) => parent.endReason === reason && parent.endedSec !== null && r.startedSec >= parent.endedSec;
    if (prev.has(id)) node.kind = 'continuation';
    else if (r.delegated) node.kind = 'subagent';
    else if (r.branched || r.copiesParentHead || endedBefore('branched') || endedBefore('compression')) node.kind = 'branch';
    else node.kind = 'subagent';
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
