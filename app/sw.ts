/// <reference lib="webworker" />
/**
 * The service worker, bundled by scripts/build-sw.ts (Serwist configurator mode) after `next build`
 * into the build output and served at /sw.js. It precaches the app shell and the offline page,
 * saves recent reviews, sessions, skills and conversations for offline reading, and never touches
 * streams, the terminal, auth or writes (see lib/pwa/worker/request-kind.ts). It also shows review
 * notifications from Web Push and opens the review when one is tapped (lib/pwa/worker/push.ts).
 */
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig } from 'serwist';
import { OFFLINE_URL } from '@/lib/pwa/paths';
import { listenForClaimRequests } from '@/lib/pwa/worker/claim';
import { keepPreviousBuildFiles } from '@/lib/pwa/worker/keep-previous-build';
import { createPageWarmer } from '@/lib/pwa/worker/page-warmer';
import { listenForPush } from '@/lib/pwa/worker/push';
import { requestKind } from '@/lib/pwa/worker/request-kind';
import { runtimeCaching } from '@/lib/pwa/worker/runtime-caching';
import { createStrategies } from '@/lib/pwa/worker/strategies';
import { listenForClearRequests } from '@/lib/pwa/worker/user-data';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const origin = self.location.origin;
const strategies = createStrategies();
const warm = createPageWarmer(strategies.areas);

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new version waits until the page's "Reload" button sends SKIP_WAITING: taking over on its own
  // would leave open pages running old code against the new worker's caches.
  skipWaiting: false,
  // The first install controls the open page at once, so offline works without a reload.
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: runtimeCaching(strategies, origin),
  fallbacks: { entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.destination === 'document' }] },
  disableDevLogs: true,
});

const currentUrls = new Set((self.__SW_MANIFEST ?? []).map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, origin).href));
self.addEventListener('install', (event) => {
  // Best effort: failing to keep old files must not stop the new version from installing.
  event.waitUntil(keepPreviousBuildFiles(caches, serwist.precacheStrategy.cacheName, currentUrls).catch(() => 0));
});

// Registered before Serwist's own listener; it only adds background work and never responds.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const kind = requestKind({ method: event.request.method, url, mode: event.request.mode, headers: event.request.headers }, origin);
  if (kind.kind === 'client-navigation' && kind.area) warm(event, kind.area, url);
});
listenForClearRequests(self);
listenForClaimRequests(self);
listenForPush(self);
serwist.addEventListeners();
