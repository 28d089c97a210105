import { isPublicPath } from './public-paths';

export interface GuardInput {
  method: string;
  /** Already percent-decoded and normalised path, without the query. */
  pathname: string;
  search: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  accept: string | undefined;
  isUpgrade: boolean;
  authenticated: boolean;
}

export type GuardVerdict =
  | { action: 'allow' }
  | { action: 'redirect'; location: string }
  | { action: 'reject'; status: 400 | 401 | 403; code: string; message: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Host header → lower-case host name without port (handles [::1]:3000). */
export function hostWithoutPort(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  return h.replace(/:\d+$/, '');
}

function originMatchesHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host.trim().toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The single authorisation decision for every HTTP request and WebSocket upgrade: Host allowlist
 * (DNS rebinding), same-origin for state changes and upgrades (CSRF, cross-site WebSocket hijack),
 * then the public allowlist, then the session. Pure, so every branch is unit-tested.
 */
export function decideRequest(input: GuardInput, allowedHosts: ReadonlySet<string>): GuardVerdict {
  const { host } = input;
  if (!host || !allowedHosts.has(hostWithoutPort(host))) {
    return { action: 'reject', status: 403, code: 'host_not_allowed', message: `Host "${host ?? ''}" is not allowed. Add it to ALLOWED_HOSTS.` };
  }
  const mutating = input.isUpgrade || !SAFE_METHODS.has(input.method);
  if (mutating) {
    const foreignOrigin = input.origin !== undefined && !originMatchesHost(input.origin, host);
    const missingOriginOnUpgrade = input.isUpgrade && input.origin === undefined;
    if (foreignOrigin || missingOriginOnUpgrade || input.secFetchSite === 'cross-site') {
      return { action: 'reject', status: 403, code: 'origin_not_allowed', message: 'Cross-origin request refused.' };
    }
  }
  if (isPublicPath(input.method, input.pathname) || input.authenticated) return { action: 'allow' };
  const wantsPage = !input.isUpgrade && input.method === 'GET' && !input.pathname.startsWith('/api/') && (input.accept ?? '').includes('text/html');
  if (wantsPage) {
    const next = input.pathname === '/' ? '' : `?next=${encodeURIComponent(input.pathname + input.search)}`;
    return { action: 'redirect', location: `/login${next}` };
  }
  return { action: 'reject', status: 401, code: 'unauthorized', message: 'Log in first.' };
}
