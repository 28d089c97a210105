import { openStore } from './db';

/** One browser's push subscription, as PushSubscription.toJSON() gives it, plus a label for the device. */
export interface StoredPushSubscription {
  endpoint: string;
  /** The browser's P-256 ECDH public key, base64url. */
  p256dh: string;
  /** The 16-byte auth secret, base64url. */
  auth: string;
  /** e.g. "iPhone · Safari", from the subscribing request's User-Agent. */
  device: string;
  /** ms epoch */
  createdAt: number;
  updatedAt: number;
}

interface Row {
  endpoint: string;
  p256dh: string;
  auth: string;
  device: string;
  created_at: number;
  updated_at: number;
}

function fromRow(row: Row): StoredPushSubscription {
  return { endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth, device: row.device, createdAt: row.created_at, updatedAt: row.updated_at };
}

/**
 * Stores a subscription; the same endpoint again (a device re-subscribing, or the page re-syncing)
 * replaces its keys and label but keeps its creation time. Returns true when the endpoint was new.
 */
export function savePushSubscription(sub: { endpoint: string; p256dh: string; auth: string; device: string }, now = Date.now()): boolean {
  const db = openStore();
  const existed = db.prepare('SELECT 1 FROM push_subscriptions WHERE endpoint = ?').get(sub.endpoint) !== undefined;
  db.prepare(
    `INSERT INTO push_subscriptions (endpoint, p256dh, auth, device, created_at, updated_at) VALUES (@endpoint, @p256dh, @auth, @device, @now, @now)
     ON CONFLICT(endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth, device = excluded.device, updated_at = excluded.updated_at`,
  ).run({ ...sub, now });
  return !existed;
}

/** Forgets one subscription; true when it existed. */
export function removePushSubscription(endpoint: string): boolean {
  return openStore().prepare('DELETE FROM push_subscriptions WHERE endpoint = ?').run(endpoint).changes > 0;
}

/** One subscription by endpoint, or undefined. */
export function findPushSubscription(endpoint: string): StoredPushSubscription | undefined {
  const row = openStore().prepare('SELECT * FROM push_subscriptions WHERE endpoint = ?').get(endpoint) as Row | undefined;
  return row ? fromRow(row) : undefined;
}

/** Every stored subscription, oldest first. */
export function listPushSubscriptions(): StoredPushSubscription[] {
  return (openStore().prepare('SELECT * FROM push_subscriptions ORDER BY created_at, endpoint').all() as Row[]).map(fromRow);
}
