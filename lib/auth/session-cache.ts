import { isValidSession, type SessionKeys } from './session';

/** How long a verified cookie is trusted without re-running the crypto; well under any expiry that matters. */
export const SESSION_CACHE_MS = 60_000;
const MAX_ENTRIES = 256;

/**
 * Remembers recently verified session cookies, so the guard does not unseal the same cookie on
 * every request (a chat turn, its photo fetches, the status poll). Keyed by the whole sealed
 * value: a changed or forged cookie is always a miss. Only positive results are cached.
 */
export class SessionCheckCache {
  private readonly verified = new Map<string, number>();

  constructor(private readonly keys: SessionKeys) {}

  /** True when this cookie was verified within SESSION_CACHE_MS; answers without a promise. */
  isKnownValid(sealed: string | undefined, now = Date.now()): boolean {
    if (!sealed) return false;
    const until = this.verified.get(sealed);
    return until !== undefined && until > now;
  }

  async isValid(sealed: string | undefined, now = Date.now()): Promise<boolean> {
    if (!sealed) return false;
    if (this.isKnownValid(sealed, now)) return true;
    this.verified.delete(sealed);
    const valid = await isValidSession(sealed, this.keys);
    if (valid) {
      if (this.verified.size >= MAX_ENTRIES) this.verified.delete(this.verified.keys().next().value ?? '');
      this.verified.set(sealed, now + SESSION_CACHE_MS);
    }
    return valid;
  }

  /** Logout: forget everything, so a cleared cookie replayed by someone stops working at once. */
  clear(): void {
    this.verified.clear();
  }
}
