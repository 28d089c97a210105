import type { CronOutput } from '@/lib/hermes-home';
import { firstMeaningfulLine } from './first-line';
import type { PushMessage } from './message';

type Run = Pick<CronOutput, 'id' | 'jobId' | 'jobName' | 'status' | 'response' | 'error'>;

/** The page that shows one run. */
export function reviewPath(runId: string): string {
  return `/reviews/${runId.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The notification for a finished run: "<job> is ready" with the review's first line, or "<job>
 * failed" with the error's. Silent and empty runs have nothing to read and get none (null), the
 * same rule that keeps them out of the unread count.
 */
export function reviewMessage(run: Run, unread: number | null): PushMessage | null {
  if (run.status !== 'ok' && run.status !== 'failed') return null;
  const name = run.jobName?.trim() || run.jobId;
  const failed = run.status === 'failed';
  return {
    title: failed ? `${name} failed` : `${name} is ready`,
    body: failed ? firstMeaningfulLine(run.error) || 'The run failed without an error message.' : firstMeaningfulLine(run.response),
    url: reviewPath(run.id),
    tag: `review-${run.id}`,
    unread,
  };
}

/** The notification "send test" delivers to one device. */
export function testMessage(unread: number | null): PushMessage {
  return { title: 'Paddock notifications work', body: 'This device will tell you when a review is ready.', url: '/settings', tag: 'paddock-test', unread };
}
