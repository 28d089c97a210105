/// <reference lib="webworker" />
import { showAppBadge } from '../app-badge';
import { notificationFromPush, windowToReuse } from './push-notification';

function pushData(event: PushEvent): unknown {
  try {
    return event.data?.json();
  } catch {
    return undefined;
  }
}

/** Focuses an open Paddock window on `path` (navigating it there), or opens one. */
async function openApp(sw: ServiceWorkerGlobalScope, path: string): Promise<void> {
  const href = new URL(path, sw.location.origin).href;
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const reuse = windowToReuse(windows, sw.location.origin);
  if (reuse) {
    const focused = await reuse.focus();
    if (focused.url === href) return;
    // navigate() is refused for a window this worker does not control; a new window still gets there.
    const moved = await focused.navigate(href).catch(() => null);
    if (moved) return;
  }
  await sw.clients.openWindow(href);
}

/** Shows review notifications from push messages and opens the review when one is tapped. */
export function listenForPush(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('push', (event) => {
    const shown = notificationFromPush(pushData(event), sw.location.origin);
    event.waitUntil(Promise.all([sw.registration.showNotification(shown.title, shown.options), showAppBadge(sw.navigator, shown.unread)]));
  });
  sw.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const data: unknown = event.notification.data;
    const url = typeof data === 'object' && data !== null && 'url' in data && typeof data.url === 'string' ? data.url : '/reviews';
    event.waitUntil(openApp(sw, url));
  });
}
