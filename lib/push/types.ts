/** Shapes the push API answers with, shared with the Settings page (types only). */

/** What became of one message to one device. */
export type DeliveryOutcome =
  | { outcome: 'sent' }
  /** The push service no longer knows the subscription (404/410); it was deleted here too. */
  | { outcome: 'expired' }
  | { outcome: 'failed'; message: string };

/** One scheduled job and whether its runs notify (every device). */
export interface JobNotification {
  id: string;
  name: string;
  notify: boolean;
}

/** A subscribed device as the Settings page lists it. */
export interface PushDevice {
  endpoint: string;
  /** e.g. "iPhone · Safari" */
  device: string;
  /** ms epoch */
  createdAt: number;
}
