import { Activity } from 'react';
import { ReviewInbox } from '@/components/reviews/review-inbox';
import { FilterChips } from '@/components/ui/filter-chips';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { reviewMessages } from '@/lib/i18n/messages/reviews';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { listReviews } from '@/lib/reviews/inbox';
import { REVIEWS_PAGE_SIZE, reviewJobIdSchema } from '@/lib/reviews/schemas';

export const generateMetadata = titleMetadata(reviewMessages, 'title');

/** The inbox of scheduled-job runs, newest first; `?job=<id>` shows one job's history. */
export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ job?: string | string[] }> }) {
  const t = await getT(reviewMessages);
  const parsed = reviewJobIdSchema.safeParse((await searchParams).job);
  const job = parsed.success ? parsed.data : undefined;
  const result = await attempt(() => listReviews({ job, offset: 0, limit: REVIEWS_PAGE_SIZE }));
  if (!result.ok) {
    return (
      <>
        <ScreenHeader title={t('title')} />
        <ScreenProblem title={t('unavailable')} message={result.error.message} />
      </>
    );
  }
  const list = result.value;
  const total = list.jobs.reduce((n, j) => n + j.runs, 0);
  const chips = [
    { key: 'all', label: t('all'), href: '/reviews', count: total, active: !job },
    ...list.jobs.map((j) => ({ key: j.id, label: j.name, href: `/reviews?job=${j.id}`, count: j.runs, active: j.id === job })),
  ];
  return (
    <>
      <ScreenHeader title={t('title')} />
      {/*
        A visible Activity changes nothing on screen and is rendered in place by the server (a Suspense
        boundary would be streamed after the shell and revealed later). It is for the browser: React
        hydrates it in its own pass, in slices that leave the page free to answer input, instead of
        inside the page's one long hydration task. A tap before then hydrates the tapped row first.
      */}
      <Activity>
        {list.jobs.length > 1 ? <FilterChips label={t('filterByJob')} chips={chips} prefetch={false} /> : null}
        <ReviewInbox key={job ?? 'all'} list={list} job={job} />
      </Activity>
    </>
  );
}
