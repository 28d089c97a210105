import { handleChatCompletions } from './chat-completions';
import type { RouteHandler } from './context';
import { handleClearRequests, handleGetScenario, handleGetSession, handleListRequests, handleSetScenario } from './control-routes';
import { handleCapabilities, handleHealth, handleHealthDetailed, handleModels } from './info-routes';
import { handleGetSessionResource, handleListSessions, handleSessionMessages } from './session-api';
import { handleCreateJob, handleDeleteJob, handleGetJob, handleListJobs, handleUpdateJob, jobActionHandler } from './jobs-routes';

interface Route {
  pattern: RegExp;
  /** False only for the health probes and the fake-only controls. */
  auth: boolean;
  methods: Partial<Record<string, RouteHandler>>;
}

// aiohttp's router: exact paths (no trailing-slash redirects), `{job_id}` matching one segment.
const ROUTES: readonly Route[] = [
  { pattern: /^\/health$/, auth: false, methods: { GET: handleHealth } },
  { pattern: /^\/v1\/health$/, auth: false, methods: { GET: handleHealth } },
  { pattern: /^\/health\/detailed$/, auth: false, methods: { GET: handleHealthDetailed } },
  { pattern: /^\/v1\/models$/, auth: true, methods: { GET: handleModels } },
  { pattern: /^\/v1\/capabilities$/, auth: true, methods: { GET: handleCapabilities } },
  { pattern: /^\/v1\/chat\/completions$/, auth: true, methods: { POST: handleChatCompletions } },
  { pattern: /^\/api\/jobs$/, auth: true, methods: { GET: handleListJobs, POST: handleCreateJob } },
  { pattern: /^\/api\/jobs\/([^/]+)$/, auth: true, methods: { GET: handleGetJob, PATCH: handleUpdateJob, DELETE: handleDeleteJob } },
  { pattern: /^\/api\/jobs\/([^/]+)\/pause$/, auth: true, methods: { POST: jobActionHandler('pause') } },
  { pattern: /^\/api\/jobs\/([^/]+)\/resume$/, auth: true, methods: { POST: jobActionHandler('resume') } },
  { pattern: /^\/api\/jobs\/([^/]+)\/run$/, auth: true, methods: { POST: jobActionHandler('trigger') } },
  { pattern: /^\/api\/sessions$/, auth: true, methods: { GET: handleListSessions } },
  { pattern: /^\/api\/sessions\/([^/]+)$/, auth: true, methods: { GET: handleGetSessionResource } },
  { pattern: /^\/api\/sessions\/([^/]+)\/messages$/, auth: true, methods: { GET: handleSessionMessages } },
  { pattern: /^\/__fake\/scenario$/, auth: false, methods: { GET: handleGetScenario, POST: handleSetScenario } },
  { pattern: /^\/__fake\/requests$/, auth: false, methods: { GET: handleListRequests, DELETE: handleClearRequests } },
  { pattern: /^\/__fake\/sessions\/([^/]+)$/, auth: false, methods: { GET: handleGetSession } },
];

export const CONTROL_PREFIX = '/__fake/';

export type RouteMatch =
  | { kind: 'handler'; handler: RouteHandler; auth: boolean; params: string[] }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

export function matchRoute(method: string, pathname: string): RouteMatch {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    // aiohttp answers HEAD on every GET route.
    const handler = route.methods[method] ?? (method === 'HEAD' ? route.methods.GET : undefined);
    if (handler) return { kind: 'handler', handler, auth: route.auth, params: match.slice(1) };
    const allowed = Object.keys(route.methods).flatMap((name) => (name === 'GET' ? ['GET', 'HEAD'] : [name]));
    return { kind: 'method_not_allowed', allowed };
  }
  return { kind: 'not_found' };
}
