import { getCronOutput, parseCronOutputId } from '@/lib/hermes-home';
import { unreadReviewIds } from '@/lib/reviews/unread';
import { mutedJobIds } from '@/lib/store/push-muted-jobs';
import { listPushSubscriptions } from '@/lib/store/push-subscriptions';
import { reviewMessage } from './review-message';
import type { PushSender } from './sender';

/** Unread reviews for the badge; null (no badge change) when they cannot be counted. */
export async function unreadForBadge(home: string): Promise<number | null> {
  try {
    return (await unreadReviewIds(home)).length;
  } catch {
    return null;
  }
}

/**
 * What the watcher calls for each new run: unless its job is muted or nobody subscribed, reads the
 * run and sends every device "<job> is ready" (or "failed"), with the unread count for the badge.
 * Silent and empty runs send nothing. Throws HermesHomeError when the run cannot be read.
 */
export function createReviewNotifier(home: string, sender: PushSender): (id: string) => Promise<void> {
  return async (id) => {
    const parsed = parseCronOutputId(id);
    if (!parsed || mutedJobIds().has(parsed.jobId) || listPushSubscriptions().length === 0) return;
    const message = reviewMessage(await getCronOutput({ home, id, timeZone: 'UTC' }), await unreadForBadge(home));
    if (message) await sender.sendToAll(message);
  };
}
