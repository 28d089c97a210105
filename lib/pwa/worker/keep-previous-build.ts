/// <reference lib="webworker" />
import { CacheExpiration } from 'serwist';
import { OFFLINE_MAX_AGE_SECONDS, STATIC_CACHE, STATIC_MAX_ENTRIES } from '../offline-areas';

/**
 * A new version's worker drops the previous build's files from the precache when it activates.
 * Pages saved for offline reading before the update still name those files, and without them a
 * saved conversation would show but never come alive (no composer, no offline notice). So at
 * install, while the old files are still there, the ones the new build no longer lists are copied
 * into the runtime cache of build files, where the `static` route finds them by their (hashed,
 * never reused) URLs. They age out with that cache's cap. Returns how many were kept.
 */
export async function keepPreviousBuildFiles(storage: CacheStorage, precacheName: string, currentUrls: ReadonlySet<string>): Promise<number> {
  if (!(await storage.has(precacheName))) return 0;
  const precache = await storage.open(precacheName);
  const previous = (await precache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/_next/static/') && !currentUrls.has(request.url));
  if (previous.length === 0) return 0;
  const target = await storage.open(STATIC_CACHE);
  const expiration = new CacheExpiration(STATIC_CACHE, { maxEntries: STATIC_MAX_ENTRIES, maxAgeSeconds: OFFLINE_MAX_AGE_SECONDS });
  for (const request of previous) {
    const response = await precache.match(request);
    if (!response) continue;
    await target.put(request.url, response);
    await expiration.updateTimestamp(request.url);
  }
  await expiration.expireEntries();
  return previous.length;
}
