import { apiAreaOf, pageAreaOf, type OfflineArea } from '../offline-areas';
import { SHARE_TARGET_ACTION } from '../manifest';

/** What the service worker does with one request; anything `bypass` never reaches a cache. */
export type RequestKind =
  | { kind: 'bypass' }
  | { kind: 'logout' }
  | { kind: 'share' }
  | { kind: 'static' }
  | { kind: 'photo' }
  | { kind: 'api'; area: OfflineArea }
  | { kind: 'page'; area: OfflineArea }
  | { kind: 'navigation' }
  | { kind: 'client-navigation'; area: OfflineArea | undefined };

export interface RequestFacts {
  method: string;
  url: URL;
  mode: RequestMode;
  headers: { get(name: string): string | null };
}

export const LOGOUT_PATH = '/api/auth/logout';

/**
 * Never touched by the service worker, whatever the method: streamed chat turns, the terminal and
 * its socket, login and session checks, live status, and the worker's own files. Reaching the
 * network directly keeps long streams out of the worker and authenticated answers out of caches.
 */
const NEVER = [/^\/api\/chat\/turns(?:\/|$)/, /^\/api\/terminal(?:\/|$)/, /^\/ws\//, /^\/api\/auth\//, /^\/api\/gateway\//, /^\/api\/health$/, /^\/api\/events(?:\/|$)/, /^\/sw\.js$/, /^\/manifest\.webmanifest$/];

const bypass: RequestKind = { kind: 'bypass' };

/**
 * Sorts a request into what the worker does with it. Pure, so every branch is unit-tested; the
 * worker's routes only ask "is this kind X". Order matters: the never-list wins over everything,
 * then the two POSTs the worker handles, then "all other non-GET requests pass through".
 */
export function requestKind(request: RequestFacts, origin: string): RequestKind {
  const { url, method } = request;
  if (url.origin !== origin) return bypass;
  const path = url.pathname;
  if (method === 'POST' && path === LOGOUT_PATH) return { kind: 'logout' };
  if (NEVER.some((pattern) => pattern.test(path))) return bypass;
  if (method === 'POST' && path === SHARE_TARGET_ACTION && request.mode === 'navigate') return { kind: 'share' };
  if (method !== 'GET') return bypass;
  // Next's client-side navigations fetch the page as an RSC payload (header `RSC: 1`); those are
  // not cached (their bytes depend on the router state sent with them) but they tell the worker
  // which page to save as a document. Prefetches of links on screen are left alone.
  if (request.headers.get('rsc') === '1') {
    const prefetch = request.headers.get('next-router-prefetch') !== null || request.headers.get('next-router-segment-prefetch') !== null;
    return prefetch ? bypass : { kind: 'client-navigation', area: pageAreaOf(path) };
  }
  if (request.mode === 'navigate') {
    if (path.startsWith('/api/')) return bypass;
    const area = pageAreaOf(path);
    return area ? { kind: 'page', area } : { kind: 'navigation' };
  }
  if (path.startsWith('/_next/static/')) return { kind: 'static' };
  if (/^\/api\/chat\/uploads\/[^/]+$/.test(path)) return { kind: 'photo' };
  const area = apiAreaOf(path);
  return area ? { kind: 'api', area } : bypass;
}
