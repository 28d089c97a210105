import { getConfig } from '@/lib/config';
import { passwordMatches } from './password';
import { FailureRateLimiter } from './rate-limit';
import { clearedSessionCookie, sealSession, sessionCookie } from './session';
import { ensureSessionSecret } from './session-secret';

const limiter = new FailureRateLimiter();

export type LoginResult =
  | { ok: true; setCookie: string }
  | { ok: false; reason: 'invalid' | 'no_password' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Checks a login attempt from one client address; failures count towards that address's rate limit. */
export async function attemptLogin(input: { password: string; clientIp: string; https: boolean }): Promise<LoginResult> {
  const config = getConfig();
  if (!config.password) return { ok: false, reason: 'no_password' };
  const verdict = limiter.check(input.clientIp);
  if (!verdict.allowed) return { ok: false, reason: 'rate_limited', retryAfterSeconds: verdict.retryAfterSeconds };
  if (!passwordMatches(input.password, config.password)) {
    limiter.recordFailure(input.clientIp);
    return { ok: false, reason: 'invalid' };
  }
  limiter.reset(input.clientIp);
  const sealed = await sealSession({ secret: ensureSessionSecret(config), password: config.password });
  return { ok: true, setCookie: sessionCookie(sealed, config.cookieSecure, input.https) };
}

export function logoutCookie(https: boolean): string {
  return clearedSessionCookie(getConfig().cookieSecure, https);
}

/** Only same-site absolute paths survive as a post-login destination (no //host, no scheme). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
