import crypto from 'node:crypto';

/**
 * A JSON reply with an ETag: the same URL always means the same thing, and a client (the service
 * worker, revalidating a skill page it keeps for offline reading) that sends the tag back gets a
 * 304 with no body when nothing changed. Cache-Control is left to the server, which sets it for
 * every API reply.
 */
export function cacheableJson(req: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${crypto.createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  const match = req.headers.get('if-none-match');
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers: { ETag: etag } });
  return new Response(text, { status: 200, headers: { ETag: etag, 'Content-Type': 'application/json' } });
}
