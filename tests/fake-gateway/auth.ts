import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Mirrors `_check_auth`: no configured key means every request is accepted; otherwise the header
 * must start with the case-sensitive "Bearer " and the trimmed token must equal the key.
 */
export function isAuthorized(headers: IncomingHttpHeaders, apiKey: string | undefined): boolean {
  if (!apiKey) return true;
  const header = headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return false;
  // Hashing first gives equal-length buffers, which timingSafeEqual requires.
  return timingSafeEqual(digest(header.slice(7).trim()), digest(apiKey));
}
