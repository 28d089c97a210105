import { deleteUserCaches } from './user-caches';
import { CLEAR_USER_DATA } from './worker-messages';

/**
 * Drops the user's saved copies from the page side: the caches directly (works even while no
 * worker controls the page), and the worker's expiry records through a message.
 */
export async function clearUserDataFromPage(): Promise<void> {
  if (!('caches' in window)) return;
  await deleteUserCaches(window.caches);
  navigator.serviceWorker?.controller?.postMessage(CLEAR_USER_DATA);
}
