/// <reference lib="webworker" />
import { CacheExpiration, type RouteHandlerCallbackOptions } from 'serwist';
import { OFFLINE_AREAS, PHOTO_CACHE } from '../offline-areas';
import { deleteUserCaches } from '../user-caches';
import { CLEAR_USER_DATA, isMessage, USER_DATA_CLEARED } from '../worker-messages';

/** Every user cache the worker writes, so their expiry bookkeeping (URLs in IndexedDB) goes too. */
const USER_CACHE_NAMES = [...OFFLINE_AREAS.flatMap((area) => [area.pageCache, area.apiCache]), PHOTO_CACHE];

/** Drops the saved pages, API replies and photos, and the expiry records that name their URLs. */
export async function clearUserData(): Promise<void> {
  await deleteUserCaches(caches);
  await Promise.all(USER_CACHE_NAMES.map((name) => new CacheExpiration(name, { maxEntries: 1 }).delete()));
}

/**
 * The logout form's POST, passed on unchanged; whatever the answer (even none, offline), the
 * saved copies go: someone logging out means to leave nothing readable behind.
 */
export async function forwardLogout({ request }: RouteHandlerCallbackOptions): Promise<Response> {
  try {
    return await fetch(request);
  } finally {
    await clearUserData();
  }
}

/** Lets a page ask for the same clean-up (the login page does, for sessions that simply expired). */
export function listenForClearRequests(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('message', (event) => {
    if (!isMessage(event.data, CLEAR_USER_DATA)) return;
    event.waitUntil(clearUserData().then(() => event.ports[0]?.postMessage(USER_DATA_CLEARED)));
  });
}
