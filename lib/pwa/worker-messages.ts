/**
 * Messages between the page and the service worker. `SKIP_WAITING` is Serwist's own: a waiting
 * worker that receives it takes over (the page then reloads on `controllerchange`).
 */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Asks the active worker to take control of this page now. A page that was loading while the
 * first worker activated (typically the redirect right after logging in) misses its
 * `clients.claim()` and would otherwise stay uncontrolled, without offline support, until reloaded.
 */
export const CLAIM_ME = { type: 'PADDOCK_CLAIM_ME' } as const;

/** Asks the worker to drop the user's saved copies and their bookkeeping; it answers USER_DATA_CLEARED on the port. */
export const CLEAR_USER_DATA = { type: 'PADDOCK_CLEAR_USER_DATA' } as const;
export const USER_DATA_CLEARED = { type: 'PADDOCK_USER_DATA_CLEARED' } as const;

export function isMessage<T extends { type: string }>(data: unknown, message: T): data is T {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === message.type;
}
