import { getConfig } from '@/lib/config';
import { getCronOutput, HermesHomeError, listCronOutputIds } from '@/lib/hermes-home';
import { withHermesHome } from '@/lib/hermes-home/with-home';
import { AppError } from '@/lib/http/app-error';
import { markRead, readAt } from '@/lib/store/review-reads';
import type { Review, UnreadCount } from './types';
import { needsReading, unreadReviewIds } from './unread';

const NO_SUCH_REVIEW = 'No such review: the run may have been deleted with its job.';

/** One run with its prompt, response or error; reading it does not mark it read. Throws AppError. */
export function getReview(id: string): Promise<Review> {
  return withHermesHome('Reviews', NO_SUCH_REVIEW, async (home) => {
    const output = await getCronOutput({ home, id });
    return { ...output, read: readAt(id) !== null || !needsReading(output.status) };
  });
}

/** Marks one existing run read and returns the new unread count; an unknown run is a 404 that changes nothing. */
export function markReviewRead(id: string): Promise<UnreadCount> {
  return withHermesHome('Reviews', NO_SUCH_REVIEW, async (home) => {
    await getCronOutput({ home, id, timeZone: 'UTC' });
    markRead([id]);
    return { unread: (await unreadReviewIds(home)).length };
  });
}

/** Marks every run (or one job's) read; returns how many were newly marked and what is left unread. Throws AppError. */
export function markAllReviewsRead(jobId?: string): Promise<UnreadCount & { marked: number }> {
  return withHermesHome('Reviews', 'No such job.', async (home) => {
    const ids = await listCronOutputIds({ home, jobId });
    if (jobId !== undefined && ids.length === 0) throw new AppError('not_found', 'That job has no runs to mark read.');
    const marked = markRead(ids);
    return { marked, unread: (await unreadReviewIds(home)).length };
  });
}

/**
 * Unread runs for the tab badge; null when reviews are unavailable (the Reviews screen says why).
 * Every page's layout asks for this, so an unexpected failure is logged and shows no badge rather
 * than breaking every screen.
 */
export async function unreadBadgeCount(): Promise<number | null> {
  const home = getConfig().hermesHome;
  if (!home) return null;
  try {
    return (await unreadReviewIds(home)).length;
  } catch (error) {
    if (!(error instanceof HermesHomeError)) console.error('[paddock] counting unread reviews failed', error);
    return null;
  }
}

/** The unread count as the API reports it. Throws AppError. */
export function countUnreadReviews(): Promise<UnreadCount> {
  return withHermesHome('Reviews', NO_SUCH_REVIEW, async (home) => ({ unread: (await unreadReviewIds(home)).length }));
}
