import { apiFetch } from '@/lib/client/api-fetch';
import type { DeliveryOutcome } from '@/lib/push/types';

/** Where this device stands, before any subscription is looked at. */
export type PushSupport = 'insecure' | 'ios-not-installed' | 'unsupported' | 'no-worker' | 'denied' | 'ready';

/** iPhone or iPad, including iPadOS that reports itself as a Mac. */
export function isAppleMobile(): boolean {
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
}

function isInstalledApp(): boolean {
  return window.matchMedia('(display-mode: standalone)').matches || ('standalone' in navigator && navigator.standalone === true);
}

/** What keeps this device from push, or 'ready'. Safari on iOS offers push only in the Home Screen app. */
export async function detectPushSupport(): Promise<PushSupport> {
  if (!window.isSecureContext) return 'insecure';
  const apis = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (!apis) return isAppleMobile() && !isInstalledApp() ? 'ios-not-installed' : 'unsupported';
  if (!(await navigator.serviceWorker.getRegistration())) return 'no-worker';
  return Notification.permission === 'denied' ? 'denied' : 'ready';
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

function sameKey(sub: PushSubscription, key: Uint8Array): boolean {
  const current = sub.options.applicationServerKey;
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((b, i) => b === key[i]);
}

async function serverKey(): Promise<Uint8Array<ArrayBuffer>> {
  return keyBytes((await apiFetch<{ publicKey: string }>('/api/push/key')).publicKey);
}

function register(sub: PushSubscription): Promise<unknown> {
  return apiFetch('/api/push/subscribe', { method: 'POST', json: sub.toJSON() });
}

/**
 * This device's live subscription, re-sent to the server so one it lost (a new DATA_DIR, a pruned
 * row) is stored again; one made for an older server key is dropped, as it can no longer be used.
 */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.ready;
  const sub = await registration.pushManager.getSubscription();
  if (!sub) return null;
  if (!sameKey(sub, await serverKey())) {
    await sub.unsubscribe();
    return null;
  }
  await register(sub);
  return sub;
}

/** Asks for permission (call from a tap: iOS allows nothing else), subscribes with the server's key and stores it there. */
export async function enablePush(): Promise<PushSubscription | 'denied'> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const [registration, key] = await Promise.all([navigator.serviceWorker.ready, serverKey()]);
  const old = await registration.pushManager.getSubscription();
  if (old && !sameKey(old, key)) await old.unsubscribe();
  const sub = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  await register(sub);
  return sub;
}

/** Stops notifications on this device: the server forgets the subscription and the browser drops it. */
export async function disablePush(sub: PushSubscription): Promise<void> {
  await apiFetch('/api/push/unsubscribe', { method: 'POST', json: { endpoint: sub.endpoint } });
  await sub.unsubscribe();
}

/** Asks the server to push the test notification to this device. */
export function sendTest(sub: PushSubscription): Promise<DeliveryOutcome> {
  return apiFetch<DeliveryOutcome>('/api/push/test', { method: 'POST', json: { endpoint: sub.endpoint } });
}
