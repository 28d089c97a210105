import { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import type { GatewayProbe } from './capabilities';
import { defaultTarget, gatewayFailure, gatewayFetch, type GatewayTarget } from './client';

/** The gateway caps one page of its session list at this many rows. */
export const GATEWAY_SESSIONS_MAX_LIMIT = 200;

/** Hermes timestamps are float seconds; a few rows carry ISO text instead. */
const epochSchema = z.union([z.number(), z.string()]).nullish();
const countSchema = z.number().nullish();

const gatewaySessionSchema = z.object({
  id: z.string(),
  source: z.string().nullish(),
  model: z.string().nullish(),
  title: z.string().nullish(),
  started_at: epochSchema,
  ended_at: epochSchema,
  end_reason: z.string().nullish(),
  last_active: epochSchema,
  message_count: countSchema,
  tool_call_count: countSchema,
  input_tokens: countSchema,
  output_tokens: countSchema,
  parent_session_id: z.string().nullish(),
  preview: z.string().nullish(),
  _lineage_root_id: z.string().nullish(),
});
export type GatewaySession = z.infer<typeof gatewaySessionSchema>;

const sessionPageSchema = z.object({ data: z.array(gatewaySessionSchema), has_more: z.boolean().optional() });

const gatewayMessageSchema = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  session_id: z.string().nullish(),
  role: z.string(),
  content: z.unknown(),
  tool_call_id: z.string().nullish(),
  tool_calls: z.unknown(),
  tool_name: z.string().nullish(),
  timestamp: epochSchema,
  token_count: countSchema,
  finish_reason: z.string().nullish(),
  reasoning: z.string().nullish(),
});
export type GatewayMessage = z.infer<typeof gatewayMessageSchema>;

const messagesSchema = z.object({ session_id: z.string().optional(), data: z.array(gatewayMessageSchema) });

export interface GatewaySessionApi {
  list: string;
  messages: string;
  /** One session's metadata (title, source), when advertised. */
  session: string | null;
}

/**
 * The session endpoints a gateway advertises in /v1/capabilities (upstream Hermes, 2026: `sessions`
 * and `session_messages`), or null. The fork's unadvertised `/api/sessions` has another shape and is
 * never guessed at.
 */
export function sessionApiOf(probe: GatewayProbe): GatewaySessionApi | null {
  const list = probe.endpoints.sessions;
  const messages = probe.endpoints.session_messages;
  if (!list || !messages || list.method !== 'GET' || messages.method !== 'GET' || !messages.path.includes('{session_id}')) return null;
  const session = probe.endpoints.session;
  return { list: list.path, messages: messages.path, session: session?.method === 'GET' && session.path.includes('{session_id}') ? session.path : null };
}

async function readJson<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new AppError('gateway_error', `The gateway sent ${what} Paddock cannot read.`, { cause: parsed.error });
  return parsed.data;
}

export interface GatewaySessionQuery {
  source?: string;
  offset: number;
  limit: number;
}

/** One page of the gateway's sessions, newest activity first (compression chains already projected to their tip). */
export async function fetchGatewaySessions(api: GatewaySessionApi, query: GatewaySessionQuery, target: GatewayTarget = defaultTarget()): Promise<{ rows: GatewaySession[]; hasMore: boolean }> {
  const params = new URLSearchParams({ limit: String(Math.min(query.limit, GATEWAY_SESSIONS_MAX_LIMIT)), offset: String(query.offset) });
  if (query.source) params.set('source', query.source);
  const response = await gatewayFetch(`${api.list}?${params}`, {}, target);
  if (!response.ok) throw await gatewayFailure(response, 'the session list');
  const page = await readJson(response, sessionPageSchema, 'a session list');
  return { rows: page.data, hasMore: page.has_more ?? page.data.length === query.limit };
}

/** Every message of one session (the gateway resolves a compressed session to its live tip). Throws not_found. */
export async function fetchGatewayMessages(api: GatewaySessionApi, sessionId: string, target: GatewayTarget = defaultTarget()): Promise<{ sessionId: string; messages: GatewayMessage[] }> {
  const response = await gatewayFetch(api.messages.replace('{session_id}', encodeURIComponent(sessionId)), {}, target);
  if (response.status === 404) {
    await response.body?.cancel();
    throw new AppError('not_found', 'No such session.');
  }
  if (!response.ok) throw await gatewayFailure(response, 'a session transcript');
  const body = await readJson(response, messagesSchema, 'a transcript');
  return { sessionId: body.session_id ?? sessionId, messages: body.data };
}

const oneSessionSchema = z.object({ session: gatewaySessionSchema });

/** One session's metadata, or null when the gateway does not advertise the endpoint or does not know the id. */
export async function fetchGatewaySession(api: GatewaySessionApi, sessionId: string, target: GatewayTarget = defaultTarget()): Promise<GatewaySession | null> {
  if (!api.session) return null;
  const response = await gatewayFetch(api.session.replace('{session_id}', encodeURIComponent(sessionId)), {}, target);
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) throw await gatewayFailure(response, 'a session');
  return (await readJson(response, oneSessionSchema, 'a session')).session;
}
