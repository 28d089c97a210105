import crypto from 'node:crypto';

/**
 * For GET replies the PWA keeps for offline reading (recent reviews, opened transcripts). `private,
 * no-cache` lets the browser and the service worker store the reply but makes them ask again each
 * time; the ETag (a hash of the body) turns an unchanged answer into an empty 304. Weak, because a
 * compressed and an uncompressed reply carry the same JSON in different bytes.
 */
export const CACHEABLE_JSON_CACHE_CONTROL = 'private, no-cache';

function etagOf(text: string): string {
  return `W/"${crypto.createHash('sha1').update(text).digest('base64url')}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

/** `Response.json(body)` with an ETag and revalidate-always caching; 304 without a body when the client's copy is current. */
export function cacheableJson(req: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = { ETag: etag, 'Cache-Control': CACHEABLE_JSON_CACHE_CONTROL };
  if (matches(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, 'Content-Type': 'application/json' } });
}
