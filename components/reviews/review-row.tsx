'use client';

import Link from 'next/link';
import { memo } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { reviewMessages } from '@/lib/i18n/messages/reviews';
import { LocalTime } from '@/components/ui/local-time';
import type { ReviewSummary } from '@/lib/reviews/types';
import { plainPreview } from '@/lib/text/plain-preview';
import { ReviewStatus } from './review-status';

export interface ReviewRowProps {
  review: ReviewSummary;
  read: boolean;
}

const QUIET_PREVIEW = { silent: 'nothingToReport', empty: 'noResponse' } as const;

/**
 * One run in the inbox (the content of its list item): unread dot, job, time, and the first line of
 * what it said. Memoised: the inbox re-renders on every unread-count change and list measurement,
 * and a row only changes with its own run or read mark.
 */
export const ReviewRow = memo(function ReviewRow({ review, read }: ReviewRowProps) {
  const t = useT(reviewMessages);
  const quiet = review.status === 'silent' || review.status === 'empty' ? QUIET_PREVIEW[review.status] : null;
  const preview = quiet ? t(quiet) : plainPreview(review.preview);
  return (
    <Link
      href={`/reviews/${review.id}`}
      // Not fetched ahead when it scrolls into view: a page of rows meant a burst of requests and
      // main-thread work while the inbox was starting up, for runs that are mostly never opened.
      prefetch={false}
      data-review-id={review.id}
      data-unread={read ? undefined : 'true'}
      className="flex min-h-16 gap-3 px-4 py-3 hover:bg-raised md:px-5"
    >
      <span aria-hidden className={`mt-1.5 size-2.5 shrink-0 rounded-full ${read ? 'bg-transparent' : 'bg-accent'}`} />
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex items-baseline gap-2">
          <span className={`min-w-0 flex-1 truncate ${read ? 'text-ink' : 'font-semibold text-ink'}`}>
            {review.jobName ?? review.jobId}
            {read ? null : <span className="sr-only">{t('unreadSuffix')}</span>}
          </span>
          <LocalTime ms={review.runAt} className="shrink-0 text-xs text-muted" />
        </span>
        <span className="flex items-start gap-2">
          <ReviewStatus status={review.status} />
          <span className={`line-clamp-2 min-w-0 text-sm ${review.status === 'failed' ? 'text-bad' : 'text-muted'}`}>{preview || ' '}</span>
        </span>
      </span>
    </Link>
  );
});
