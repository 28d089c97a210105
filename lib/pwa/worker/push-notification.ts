import type { PushMessage } from '@/lib/push/message';

/** What the worker shows for one push; pure, so the decisions are tested without a worker. */
export interface ShownNotification {
  title: string;
  options: { body: string; tag: string; icon: string; data: { url: string } };
  /** Unread reviews for the icon badge; null leaves the badge alone. */
  unread: number | null;
}

const ICON = '/icons/icon-192.png';
const FALLBACK: PushMessage = { title: 'Paddock', body: 'Something new is waiting in Paddock.', url: '/reviews', tag: 'paddock', unread: null };

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/**
 * A same-origin path from a push's `url`, else /reviews: a notification must never open another
 * site, whatever arrives in a payload.
 */
export function safeAppPath(url: unknown, origin: string): string {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return FALLBACK.url;
  try {
    const resolved = new URL(url, origin);
    return resolved.origin === origin ? `${resolved.pathname}${resolved.search}${resolved.hash}` : FALLBACK.url;
  } catch {
    return FALLBACK.url;
  }
}

/**
 * The notification for a push's data (PushMessage JSON, see lib/push/message.ts). Anything else
 * still shows a generic notification: browsers penalise a push that shows none.
 */
export function notificationFromPush(data: unknown, origin: string): ShownNotification {
  const m = typeof data === 'object' && data !== null ? (data as Partial<Record<keyof PushMessage, unknown>>) : {};
  const unread = typeof m.unread === 'number' && Number.isInteger(m.unread) && m.unread >= 0 ? m.unread : null;
  return {
    title: text(m.title, FALLBACK.title),
    options: { body: text(m.body, m.title === undefined ? FALLBACK.body : ''), tag: text(m.tag, FALLBACK.tag), icon: ICON, data: { url: safeAppPath(m.url, origin) } },
    unread,
  };
}

/** A window the app has open, as far as choosing one to reuse goes. */
export interface OpenWindow {
  url: string;
  focused: boolean;
}

/** Which open Paddock window a click should reuse: the focused one, else the first; undefined opens a new one. */
export function windowToReuse<T extends OpenWindow>(windows: readonly T[], origin: string): T | undefined {
  const ours = windows.filter((w) => w.url.startsWith(`${origin}/`) || w.url === origin);
  return ours.find((w) => w.focused) ?? ours[0];
}
