/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, type SerwistPlugin } from 'serwist';
import { OFFLINE_AREAS, OFFLINE_MAX_AGE_SECONDS, PHOTO_CACHE, PHOTO_MAX_ENTRIES, STATIC_CACHE, STATIC_MAX_ENTRIES, type OfflineArea } from '../offline-areas';

/** How long a read waits for the network before answering from the saved copy (a train tunnel). */
export const NETWORK_TIMEOUT_SECONDS = 4;

/**
 * Keeps only complete, same-origin 200 answers of the expected type. A login redirect (an opaque
 * redirect, status 0), a 401, or an error page must never replace a good saved copy.
 */
function keepOk(contentTypePrefix: string): SerwistPlugin {
  return {
    cacheWillUpdate: async ({ response }) => {
      const type = response.headers.get('content-type') ?? '';
      return response.status === 200 && response.type === 'basic' && type.startsWith(contentTypePrefix) ? response : null;
    },
  };
}

function expiry(maxEntries: number): ExpirationPlugin {
  return new ExpirationPlugin({ maxEntries, maxAgeSeconds: OFFLINE_MAX_AGE_SECONDS, purgeOnQuotaError: true });
}

export interface AreaStrategies {
  area: OfflineArea;
  /** Saved copies of the area's pages: network first, the copy when offline or slow. */
  pages: NetworkFirst;
  /** Saved copies of the area's GET API replies. */
  api: NetworkFirst;
}

export interface WorkerStrategies {
  areas: readonly AreaStrategies[];
  /** Other pages: never saved; when the network fails Serwist answers with the offline page. */
  navigation: NetworkOnly;
  /** Hashed build files loaded on demand (not precached): they never change, so cache first. */
  staticFiles: CacheFirst;
  photos: CacheFirst;
}

export function createStrategies(): WorkerStrategies {
  const areas = OFFLINE_AREAS.map((area) => ({
    area,
    pages: new NetworkFirst({
      cacheName: area.pageCache,
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      // Next varies pages on its router headers; a saved document answers any plain navigation.
      matchOptions: { ignoreVary: true },
      plugins: [keepOk('text/html'), expiry(area.maxPages)],
    }),
    api: new NetworkFirst({ cacheName: area.apiCache, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [keepOk('application/json'), expiry(area.maxApiReplies)] }),
  }));
  return {
    areas,
    navigation: new NetworkOnly(),
    staticFiles: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [keepOk(''), expiry(STATIC_MAX_ENTRIES)] }),
    photos: new CacheFirst({ cacheName: PHOTO_CACHE, plugins: [keepOk('image/'), expiry(PHOTO_MAX_ENTRIES)] }),
  };
}
