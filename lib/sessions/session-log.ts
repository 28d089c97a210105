import { getConfig } from '@/lib/config';
import { probeGateway } from '@/lib/gateway/capabilities';
import { getTranscript, listSessions, searchMessages, type SearchResult, type SessionList, type Transcript } from '@/lib/hermes-home';
import { SET_HERMES_HOME, withHermesHome } from '@/lib/hermes-home/with-home';
import { AppError } from '@/lib/http/app-error';
import type { ListSessionsQuery, SearchQuery } from './schemas';

/**
 * Why there is no session log without HERMES_HOME. A gateway that advertises `sessions` in its
 * capabilities could serve it, but no gateway Paddock has been tested against does, so Paddock
 * names that case rather than guess at an API shape it has never seen.
 */
async function unavailable(): Promise<AppError> {
  const probe = await probeGateway();
  if (probe.endpoints.sessions) {
    return new AppError(
      'feature_unavailable',
      `The gateway offers a session API, but Paddock reads the session log from the agent's data directory. HERMES_HOME is not set. ${SET_HERMES_HOME}`,
    );
  }
  return new AppError('feature_unavailable', `The session log needs HERMES_HOME, which is not set, and the gateway does not offer sessions. ${SET_HERMES_HOME}`);
}

async function readLog<T>(notFound: string, read: (home: string) => Promise<T>): Promise<T> {
  if (!getConfig().hermesHome) throw await unavailable();
  return withHermesHome('The session log', notFound, read);
}

/** One page of conversations (compression chains as one), newest activity first, filtered by source and text. */
export function listSessionPage(query: ListSessionsQuery): Promise<SessionList> {
  return readLog('No sessions.', (home) => listSessions({ home, source: query.source, query: query.q, offset: query.offset, limit: query.limit }));
}

/** Every message of one conversation, the whole compression chain in order. Throws AppError not_found. */
export function getSessionTranscript(id: string): Promise<Transcript> {
  return readLog('No such session.', (home) => getTranscript({ home, id }));
}

/** Messages matching `q` (Chinese included), with MATCH_START/MATCH_END around each hit. */
export function searchSessionMessages(query: SearchQuery): Promise<SearchResult> {
  return readLog('No sessions.', (home) => searchMessages({ home, query: query.q, source: query.source, offset: query.offset, limit: query.limit }));
}
