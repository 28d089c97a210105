'use client';

import { useCallback, useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { reviewMessages } from '@/lib/i18n/messages/reviews';
import { useLoadMore, type LoadedPage } from '@/components/hooks/use-load-more';
import { LoadMoreButton } from '@/components/ui/load-more-button';
import { WindowedList } from '@/components/ui/windowed-list';
import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import type { ReviewList, ReviewSummary, UnreadCount } from '@/lib/reviews/types';
import { ReviewRow } from './review-row';
import { refreshUnreadCount, trackUnread, useReadHere, useUnreadCount } from './unread-store';

export interface ReviewInboxProps {
  /** The first page, rendered by the server. */
  list: ReviewList;
  /** The job filter, if any. */
  job: string | undefined;
}

/** The runs newest first, with unread marks, "Mark all read" and more on request; only rows near the screen are kept in the DOM. */
export function ReviewInbox({ list, job }: ReviewInboxProps) {
  const t = useT(reviewMessages);
  const fetchPage = useCallback(
    async (offset: number): Promise<LoadedPage<ReviewSummary>> => {
      const query = new URLSearchParams({ offset: String(offset), ...(job ? { job } : {}) });
      const next = await apiFetch<ReviewList>(`/api/reviews?${query}`);
      return { items: next.items, done: offset + next.items.length >= next.total };
    },
    [job],
  );
  const { items, done, loading, error, loadMore, update } = useLoadMore(list.items, list.items.length >= list.total, fetchPage);
  const readHere = useReadHere();
  const unread = useUnreadCount(list.unread) ?? list.unread;
  // This page may be a router-cache copy from before runs were read or written: ask for the live count.
  useEffect(refreshUnreadCount, []);
  const unreadShown = items.filter((r) => !r.read && !readHere.has(r.id)).length;
  const [marking, setMarking] = useState(false);
  const [markError, setMarkError] = useState<string | null>(null);

  const markAll = () => {
    setMarking(true);
    setMarkError(null);
    trackUnread(
      () => apiFetch<UnreadCount>('/api/reviews/read-all', { method: 'POST', json: job ? { job } : {} }),
      items.map((row) => row.id),
    )
      .then(() => update((rows) => rows.map((row) => ({ ...row, read: true }))))
      .catch((e: unknown) => setMarkError(e instanceof ApiError ? e.message : t('markFailed')))
      .finally(() => setMarking(false));
  };

  if (items.length === 0) {
    return (
      <p className="mx-4 mt-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">
        {t('empty')}
      </p>
    );
  }

  return (
    <section aria-label={t('runs')}>
      <div className="flex min-h-11 items-center justify-between gap-3 px-4 md:px-8">
        <p className="text-sm text-muted" aria-live="polite">
          {job ? t('unreadInJob', { count: unreadShown }) : unread === 0 ? t('allRead') : t('unreadCount', { count: unread })}
        </p>
        {unreadShown > 0 || (!job && unread > 0) ? (
          <button type="button" onClick={markAll} disabled={marking} className="min-h-11 rounded-lg px-3 text-sm font-medium text-accent disabled:opacity-60">
            {marking ? t('marking') : t('markAllRead')}
          </button>
        ) : null}
      </div>
      {markError ? (
        <p role="alert" className="mx-4 mb-2 text-sm text-bad md:mx-8">
          {markError}
        </p>
      ) : null}
      <WindowedList
        items={items}
        itemKey={(review) => review.id}
        renderItem={(review) => <ReviewRow review={review} read={review.read || readHere.has(review.id)} />}
        className="mx-4 overflow-hidden rounded-2xl border border-line bg-surface md:mx-8"
      />
      {done ? null : <LoadMoreButton loading={loading} error={error} onClick={loadMore} label={t('olderRuns')} />}
    </section>
  );
}
