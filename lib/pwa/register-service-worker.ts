import { SERVICE_WORKER_URL } from './paths';
import { CLAIM_ME, SKIP_WAITING } from './worker-messages';

/** A page left open (an installed app lives for days) asks for a new version this often. */
export const UPDATE_CHECK_INTERVAL_MS = 30 * 60_000;

/**
 * Registers the service worker and calls `onWaiting` when a new version has installed and waits
 * for this page's consent. When a new version takes over from an old one (after
 * `activateWaiting`, from this tab or another) the page reloads, so no page runs old code against
 * the new worker's caches; the very first install takes over without a reload. Returns a dispose.
 */
export function registerServiceWorker(onWaiting: (worker: ServiceWorker) => void): () => void {
  const container = navigator.serviceWorker;
  let controller = container.controller;
  let disposed = false;
  let registration: ServiceWorkerRegistration | undefined;

  const report = (worker: ServiceWorker | null) => {
    if (!disposed && worker && container.controller) onWaiting(worker);
  };
  const onControllerChange = () => {
    const previous = controller;
    controller = container.controller;
    if (!disposed && previous) window.location.reload();
  };
  const onUpdateFound = () => {
    const installing = registration?.installing;
    installing?.addEventListener('statechange', () => installing.state === 'installed' && report(installing));
  };
  const check = () => {
    if (document.visibilityState === 'visible') registration?.update().catch(() => undefined);
  };

  container.addEventListener('controllerchange', onControllerChange);
  document.addEventListener('visibilitychange', check);
  const timer = window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  container
    .register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' })
    .then((found) => {
      registration = found;
      found.addEventListener('updatefound', onUpdateFound);
      report(found.waiting);
      return container.ready;
    })
    .then((ready) => {
      if (!disposed && !container.controller) ready.active?.postMessage(CLAIM_ME);
    })
    .catch((error: unknown) => console.warn('[paddock] the service worker could not be registered', error));

  return () => {
    disposed = true;
    container.removeEventListener('controllerchange', onControllerChange);
    document.removeEventListener('visibilitychange', check);
    window.clearInterval(timer);
    registration?.removeEventListener('updatefound', onUpdateFound);
  };
}

/** Tells a waiting version to take over; the `controllerchange` that follows reloads the page. */
export function activateWaiting(worker: ServiceWorker): void {
  worker.postMessage(SKIP_WAITING);
}
