import type { PushSubscription, RequestOptions, SendResult } from 'web-push';
import { listPushSubscriptions, removePushSubscription, type StoredPushSubscription } from '@/lib/store/push-subscriptions';
import type { PushMessage } from './message';
import type { DeliveryOutcome } from './types';
import type { VapidKeys } from './vapid-keys';

/** How long a push service may take to accept one message before the send counts as failed. */
const SEND_TIMEOUT_MS = 15_000;
/** How long a push service keeps a message for a device that is offline: a review is news for a day. */
const MESSAGE_TTL_SECONDS = 24 * 60 * 60;

/** The one call that reaches a push service; web-push's by default, a fake in unit tests. */
export type PushTransport = (subscription: PushSubscription, payload: string, options: RequestOptions) => Promise<SendResult>;

export interface PushSenderOptions {
  keys: VapidKeys;
  /** The VAPID subject (PUSH_CONTACT). */
  contact: string;
  transport?: PushTransport;
}

export interface PushSender {
  /** Encrypts and sends `message` to one subscription; deletes it when the push service says it is gone. Never throws. */
  sendTo(subscription: StoredPushSubscription, message: PushMessage): Promise<DeliveryOutcome>;
  /** Sends `message` to every stored subscription at once; one failing device does not stop the others. */
  sendToAll(message: PushMessage): Promise<DeliveryOutcome[]>;
}

/**
 * web-push (and the ASN.1 and big-number code under it) loads on the first push, not at start-up:
 * most servers send a few a day, and it is a few MiB of an idle server's memory.
 */
const webPushTransport: PushTransport = async (subscription, payload, options) => (await import('web-push')).default.sendNotification(subscription, payload, options);

/** The HTTP status of a push service's refusal (web-push's WebPushError), if that is what `error` is. */
function refusalStatus(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

function describe(error: unknown): string {
  const status = refusalStatus(error);
  if (status !== undefined) {
    const body = typeof error === 'object' && error !== null && 'body' in error && typeof error.body === 'string' ? error.body : '';
    return `the push service answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A sender bound to Paddock's VAPID keys. */
export function createPushSender({ keys, contact, transport = webPushTransport }: PushSenderOptions): PushSender {
  const options: RequestOptions = {
    vapidDetails: { subject: contact, publicKey: keys.publicKey, privateKey: keys.privateKey },
    TTL: MESSAGE_TTL_SECONDS,
    urgency: 'normal',
    timeout: SEND_TIMEOUT_MS,
    contentEncoding: 'aes128gcm',
  };
  const sendTo = async (sub: StoredPushSubscription, message: PushMessage): Promise<DeliveryOutcome> => {
    try {
      await transport({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, JSON.stringify(message), options);
      return { outcome: 'sent' };
    } catch (error) {
      // RFC 8030 §7.3: 404 and 410 mean the subscription is gone for good; anything else may pass.
      const status = refusalStatus(error);
      if (status === 404 || status === 410) {
        removePushSubscription(sub.endpoint);
        return { outcome: 'expired' };
      }
      const reason = describe(error);
      console.warn(`[paddock] push to ${sub.device} failed: ${reason}`);
      return { outcome: 'failed', message: reason };
    }
  };
  return {
    sendTo,
    sendToAll: (message) => Promise.all(listPushSubscriptions().map((sub) => sendTo(sub, message))),
  };
}
