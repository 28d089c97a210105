import { getConfig } from '@/lib/config';
import { probeGateway } from '@/lib/gateway/capabilities';
import { sessionApiOf, type GatewaySessionApi } from '@/lib/gateway/sessions';
import { getTranscript, listSessions, searchMessages, type SearchResult, type SessionList, type Transcript } from '@/lib/hermes-home';
import { SET_HERMES_HOME, withHermesHome } from '@/lib/hermes-home/with-home';
import { AppError } from '@/lib/http/app-error';
import { getGatewayTranscript, listGatewaySessionPage } from './gateway-log';
import type { ListSessionsQuery, SearchQuery } from './schemas';

type LogSource = { kind: 'home' } | { kind: 'gateway'; api: GatewaySessionApi };

/**
 * Where the session log comes from: HERMES_HOME's state.db when it is set (complete, searchable),
 * else the gateway's session API when its capabilities advertise one. Neither: say what to set.
 */
async function logSource(): Promise<LogSource> {
  if (getConfig().hermesHome) return { kind: 'home' };
  const probe = await probeGateway();
  const api = sessionApiOf(probe);
  if (api) return { kind: 'gateway', api };
  if (!probe.reachable) throw new AppError('feature_unavailable', `The session log needs HERMES_HOME, which is not set, and the gateway is unreachable. ${SET_HERMES_HOME}`);
  throw new AppError('feature_unavailable', `The session log needs HERMES_HOME, which is not set, and this gateway does not offer a session API. ${SET_HERMES_HOME}`);
}

/** One page of conversations (compression chains as one), newest activity first, filtered by source and text. */
export async function listSessionPage(query: ListSessionsQuery): Promise<SessionList> {
  const source = await logSource();
  if (source.kind === 'gateway') return listGatewaySessionPage(source.api, query);
  return withHermesHome('The session log', 'No sessions.', (home) => listSessions({ home, source: query.source, query: query.q, offset: query.offset, limit: query.limit }));
}

/** Every message of one conversation, the whole compression chain in order. Throws AppError not_found. */
export async function getSessionTranscript(id: string): Promise<Transcript> {
  const source = await logSource();
  if (source.kind === 'gateway') return getGatewayTranscript(source.api, id);
  return withHermesHome('The session log', 'No such session.', (home) => getTranscript({ home, id }));
}

/** Messages matching `q` (Chinese included), with MATCH_START/MATCH_END around each hit. */
export async function searchSessionMessages(query: SearchQuery): Promise<SearchResult> {
  const source = await logSource();
  if (source.kind === 'gateway') {
    throw new AppError('feature_unavailable', `Searching messages needs HERMES_HOME: the gateway's session API lists conversations but cannot search them. ${SET_HERMES_HOME}`);
  }
  return withHermesHome('The session log', 'No sessions.', (home) => searchMessages({ home, query: query.q, source: query.source, offset: query.offset, limit: query.limit }));
}
