import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import type { CookieSecureMode } from '@/lib/config';
import { passwordFingerprint } from './password';

export const SESSION_COOKIE = 'paddock_session';
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

const sessionSchema = z.object({ v: z.literal(1), iat: z.number(), pwf: z.string() });
export type SessionData = z.infer<typeof sessionSchema>;

export interface SessionKeys {
  secret: string;
  password: string;
}

/** Seals a fresh 30-day session for the current password. */
export async function sealSession(keys: SessionKeys, now = Date.now()): Promise<string> {
  const data: SessionData = { v: 1, iat: now, pwf: passwordFingerprint(keys.password, keys.secret) };
  return sealData(data, { password: keys.secret, ttl: SESSION_TTL_SECONDS });
}

/** True when the sealed value is a valid, unexpired session for the current password. Never throws. */
export async function isValidSession(sealed: string | undefined, keys: SessionKeys): Promise<boolean> {
  if (!sealed) return false;
  try {
    const data = sessionSchema.safeParse(await unsealData(sealed, { password: keys.secret, ttl: SESSION_TTL_SECONDS }));
    return data.success && data.data.pwf === passwordFingerprint(keys.password, keys.secret);
  } catch {
    return false;
  }
}

/** Reads one cookie from a Cookie header without a dependency; values are not decoded (iron seals are URL-safe). */
export function readCookie(header: string | undefined | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function secureFlag(mode: CookieSecureMode, requestIsHttps: boolean): string {
  const secure = mode === 'always' || (mode === 'auto' && requestIsHttps);
  return secure ? '; Secure' : '';
}

/** Set-Cookie value for a new session. `Secure` follows COOKIE_SECURE, or the request scheme when unset. */
export function sessionCookie(sealed: string, mode: CookieSecureMode, requestIsHttps: boolean): string {
  return `${SESSION_COOKIE}=${sealed}; Path=/; Max-Age=${SESSION_TTL_SECONDS}; HttpOnly; SameSite=Lax${secureFlag(mode, requestIsHttps)}`;
}

/** Set-Cookie value that deletes the session cookie. */
export function clearedSessionCookie(mode: CookieSecureMode, requestIsHttps: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secureFlag(mode, requestIsHttps)}`;
}
