import { decodeContent, parseToolCalls, type ToolCall } from './content';
import { HermesHomeError } from './errors';
import { chainOf, chainTitle } from './sessions';
import { asRows, epochMs, num, selectList, text } from './sql-row';
import { readStateDb, tableColumns, type StateDb } from './state-db';

export interface TranscriptMessage {
  id: number;
  sessionId: string;
  role: string;
  content: string | null;
  toolCalls: ToolCall[] | null;
  toolName: string | null;
  toolCallId: string | null;
  /** ms epoch */
  timestamp: number;
  tokenCount: number | null;
  finishReason: string | null;
  reasoning: string | null;
  /** The handoff summary Hermes writes when it compresses context; render as a divider, not a turn. */
  compactionSummary: boolean;
}

export interface Transcript {
  /** Tip session id. */
  id: string;
  rootId: string;
  sessionIds: string[];
  source: string;
  title: string | null;
  messages: TranscriptMessage[];
}

const MESSAGE_COLS = ['tool_call_id', 'tool_calls', 'tool_name', 'token_count', 'finish_reason', 'reasoning'] as const;
const SUMMARY_PREFIXES = ['[CONTEXT COMPACTION', '[CONTEXT SUMMARY]:'];

/** Whether a message is the handoff summary Hermes writes when it compresses context. */
export function isCompactionSummary(content: string | null): boolean {
  return content !== null && SUMMARY_PREFIXES.some((p) => content.trimStart().startsWith(p));
}

function readMessages(db: StateDb, sessionId: string): TranscriptMessage[] {
  const cols = tableColumns(db, 'messages');
  const rows = asRows(
    db
      .prepare(
        `SELECT m.id AS id, m.session_id AS session_id, m.role AS role, m.content AS content, m.timestamp AS timestamp,
           ${selectList(cols, MESSAGE_COLS, 'm')}
         FROM messages m WHERE m.session_id = ? ORDER BY m.id`,
      )
      .all(sessionId),
  );
  return rows.map((row) => {
    const content = decodeContent(text(row, 'content'));
    return {
      id: num(row, 'id') ?? 0,
      sessionId: text(row, 'session_id') ?? sessionId,
      role: text(row, 'role') ?? 'unknown',
      content,
      toolCalls: parseToolCalls(text(row, 'tool_calls')),
      toolName: text(row, 'tool_name'),
      toolCallId: text(row, 'tool_call_id'),
      timestamp: epochMs(row, 'timestamp') ?? 0,
      tokenCount: num(row, 'token_count'),
      finishReason: text(row, 'finish_reason'),
      reasoning: text(row, 'reasoning'),
      compactionSummary: isCompactionSummary(content),
    };
  });
}

function sameTurn(a: TranscriptMessage, b: TranscriptMessage): boolean {
  const ids = (m: TranscriptMessage) => (m.toolCalls ?? []).map((c) => `${c.id ?? ''}:${c.name}`).join(',');
  return a.role === b.role && (a.content ?? '') === (b.content ?? '') && a.toolCallId === b.toolCallId && ids(a) === ids(b);
}

/**
 * A compression continuation starts by re-storing the protected head of the old context, the summary, and the
 * recent tail, all of which already exist in the parent. Drop those copies so the chain reads as one conversation.
 * Without a summary marker the copy boundary is unknowable, so nothing is dropped.
 */
function appendContinuation(parent: TranscriptMessage[], child: TranscriptMessage[]): TranscriptMessage[] {
  const s = child.findIndex((m) => m.compactionSummary);
  if (s < 0) return child;
  const head = child.slice(0, s).filter((m) => !parent.some((p) => sameTurn(p, m)));
  const rest = child.slice(s + 1);
  let k = Math.min(parent.length, rest.length);
  for (; k > 0; k--) {
    let match = true;
    for (let i = 0; i < k && match; i++) {
      const c = rest[i];
      const p = parent[parent.length - k + i];
      match = c !== undefined && p !== undefined && sameTurn(p, c);
    }
    if (match) break;
  }
  const summary = child[s];
  return [...head, ...(summary ? [summary] : []), ...rest.slice(k)];
}

/** Messages of the whole compression chain containing `id`, in order; throws HermesHomeError not_found / hermes_home_*. */
export async function getTranscript(options: { home: string; id: string }): Promise<Transcript> {
  return readStateDb(options.home, (db) => {
    const { chain, lineage } = chainOf(db, options.id);
    const rootId = chain[0];
    const root = rootId === undefined ? undefined : lineage.nodes.get(rootId);
    if (!root || rootId === undefined) throw new HermesHomeError('not_found', 'session not found');
    let messages: TranscriptMessage[] = [];
    chain.forEach((sessionId, i) => {
      const own = readMessages(db, sessionId);
      messages = i === 0 ? own : [...messages, ...appendContinuation(messages, own)];
    });
    return {
      id: chain[chain.length - 1] ?? rootId,
      rootId,
      sessionIds: chain,
      source: root.source,
      title: chainTitle(lineage, chain),
      messages,
    };
  });
}
