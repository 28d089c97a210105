import { GATEWAY_SESSIONS_MAX_LIMIT, fetchGatewayMessages, fetchGatewaySession, fetchGatewaySessions, type GatewayMessage, type GatewaySession, type GatewaySessionApi } from '@/lib/gateway/sessions';
import type { SessionList, SessionRow, Transcript, TranscriptMessage } from '@/lib/hermes-home';
import { decodeContent, parseToolCalls, previewText } from '@/lib/hermes-home/content';
import { isCompactionSummary } from '@/lib/hermes-home/transcript';
import type { ListSessionsQuery } from './schemas';

/** Float seconds (or ISO text) → ms epoch; null when absent or unreadable. */
function epochMs(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 1000) : null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

function toRow(session: GatewaySession): SessionRow {
  const startedAt = epochMs(session.started_at) ?? 0;
  const rootId = session._lineage_root_id ?? session.id;
  return {
    id: session.id,
    rootId,
    sessionIds: rootId === session.id ? [session.id] : [rootId, session.id],
    source: session.source ?? 'unknown',
    title: session.title ?? null,
    preview: previewText(session.preview ?? null),
    startedAt,
    endedAt: epochMs(session.ended_at),
    endReason: session.end_reason ?? null,
    lastActiveAt: epochMs(session.last_active) ?? startedAt,
    messageCount: session.message_count ?? 0,
    toolCallCount: session.tool_call_count ?? 0,
    inputTokens: session.input_tokens ?? 0,
    outputTokens: session.output_tokens ?? 0,
    model: session.model ?? null,
    parentSessionId: session.parent_session_id ?? null,
  };
}

function matches(row: SessionRow, needle: string): boolean {
  return [row.title ?? '', row.preview, row.id].some((field) => field.toLowerCase().includes(needle));
}

function countSources(rows: readonly SessionRow[]): SessionList['sources'] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.source, (counts.get(row.source) ?? 0) + 1);
  return [...counts].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}

/**
 * A page of sessions read through the gateway's session API. The API has no text filter and no
 * totals, so a text filter looks through the newest GATEWAY_SESSIONS_MAX_LIMIT conversations, and
 * `total` counts what is known: the rows seen so far, plus one when the gateway says there are more.
 */
export async function listGatewaySessionPage(api: GatewaySessionApi, query: ListSessionsQuery): Promise<SessionList> {
  if (query.q) {
    const { rows } = await fetchGatewaySessions(api, { source: query.source, offset: 0, limit: GATEWAY_SESSIONS_MAX_LIMIT });
    const needle = query.q.toLowerCase();
    const hits = rows.map(toRow).filter((row) => matches(row, needle));
    return { items: hits.slice(query.offset, query.offset + query.limit), total: hits.length, sources: countSources(rows.map(toRow)) };
  }
  const page = await fetchGatewaySessions(api, { source: query.source, offset: query.offset, limit: query.limit });
  const items = page.rows.map(toRow);
  return { items, total: query.offset + items.length + (page.hasMore ? 1 : 0), sources: countSources(items) };
}

function toMessage(message: GatewayMessage, index: number, sessionId: string): TranscriptMessage {
  const raw = typeof message.content === 'string' ? message.content : message.content === null || message.content === undefined ? null : JSON.stringify(message.content);
  const content = decodeContent(raw);
  const toolCalls = typeof message.tool_calls === 'string' ? message.tool_calls : message.tool_calls ? JSON.stringify(message.tool_calls) : null;
  return {
    id: typeof message.id === 'number' ? message.id : index + 1,
    sessionId: message.session_id ?? sessionId,
    role: message.role,
    content,
    toolCalls: parseToolCalls(toolCalls),
    toolName: message.tool_name ?? null,
    toolCallId: message.tool_call_id ?? null,
    timestamp: epochMs(message.timestamp) ?? 0,
    tokenCount: message.token_count ?? null,
    finishReason: message.finish_reason ?? null,
    reasoning: message.reasoning ?? null,
    compactionSummary: isCompactionSummary(content),
  };
}

/** One conversation's transcript read through the gateway (its live session; earlier links of a chain are not served). */
export async function getGatewayTranscript(api: GatewaySessionApi, id: string): Promise<Transcript> {
  const [{ sessionId, messages }, session] = await Promise.all([fetchGatewayMessages(api, id), fetchGatewaySession(api, id)]);
  return {
    id: sessionId,
    rootId: session?._lineage_root_id ?? id,
    sessionIds: id === sessionId ? [id] : [id, sessionId],
    source: session?.source ?? 'unknown',
    title: session?.title ?? null,
    messages: messages.map((m, i) => toMessage(m, i, sessionId)),
  };
}
