/**
 * What Paddock sends through Web Push, JSON-encoded and encrypted per device. The service worker
 * (lib/pwa/worker/push.ts) turns it into a notification, so this file holds types and constants
 * only: it is bundled into the worker.
 */
export interface PushMessage {
  title: string;
  body: string;
  /** Same-origin path the notification opens, e.g. /reviews/<job>/<stamp>. */
  url: string;
  /** A newer notification with the same tag replaces the older one on the device. */
  tag: string;
  /** Unread reviews after this run, for the app icon badge; null when not known. */
  unread: number | null;
}

/** Longest notification body sent; lock screens show two or three lines at most. */
export const MAX_BODY_CHARS = 160;
