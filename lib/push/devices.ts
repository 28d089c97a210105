import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { findPushSubscription, listPushSubscriptions, removePushSubscription, savePushSubscription } from '@/lib/store/push-subscriptions';
import { deviceLabel } from './device-label';
import { testMessage } from './review-message';
import { unreadForBadge } from './review-notifier';
import type { SubscribeInput } from './schemas';
import { createPushSender } from './sender';
import type { DeliveryOutcome, PushDevice } from './types';
import { ensureVapidKeys } from './vapid-keys';

/** The applicationServerKey a browser subscribes with (base64url). */
export function pushPublicKey(): { publicKey: string } {
  return { publicKey: ensureVapidKeys(getConfig().dataDir).publicKey };
}

/** Stores this device's subscription (again: the same endpoint updates it). */
export function subscribeDevice(input: SubscribeInput, userAgent: string | null): { created: boolean; device: string } {
  const device = deviceLabel(userAgent);
  const created = savePushSubscription({ endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth, device });
  return { created, device };
}

/** The devices that get notifications, oldest first. */
export function listDevices(): { devices: PushDevice[] } {
  return { devices: listPushSubscriptions().map(({ endpoint, device, createdAt }) => ({ endpoint, device, createdAt })) };
}

/** Forgets a device's subscription; unknown endpoints are fine (already gone). */
export function unsubscribeDevice(endpoint: string): { removed: boolean } {
  return { removed: removePushSubscription(endpoint) };
}

/** Sends the test notification to one subscribed device and says what the push service did. Throws AppError not_found. */
export async function sendTestNotification(endpoint: string): Promise<DeliveryOutcome> {
  const subscription = findPushSubscription(endpoint);
  if (!subscription) throw new AppError('not_found', 'This device is not subscribed. Turn notifications on first.');
  const config = getConfig();
  const sender = createPushSender({ keys: ensureVapidKeys(config.dataDir), contact: config.push.contact });
  const unread = config.hermesHome ? await unreadForBadge(config.hermesHome) : null;
  return sender.sendTo(subscription, testMessage(unread));
}
