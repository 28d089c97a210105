import type { Metadata } from 'next';
import { ReviewInbox } from '@/components/reviews/review-inbox';
import { FilterChips } from '@/components/ui/filter-chips';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { listReviews } from '@/lib/reviews/inbox';
import { REVIEWS_PAGE_SIZE, reviewJobIdSchema } from '@/lib/reviews/schemas';

export const metadata: Metadata = { title: 'Reviews' };

/** The inbox of scheduled-job runs, newest first; `?job=<id>` shows one job's history. */
export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ job?: string | string[] }> }) {
  const parsed = reviewJobIdSchema.safeParse((await searchParams).job);
  const job = parsed.success ? parsed.data : undefined;
  const result = await attempt(() => listReviews({ job, offset: 0, limit: REVIEWS_PAGE_SIZE }));
  if (!result.ok) {
    return (
      <>
        <ScreenHeader title="Reviews" />
        <ScreenProblem title="Reviews are not available" message={result.error.message} />
      </>
    );
  }
  const list = result.value;
  const total = list.jobs.reduce((n, j) => n + j.runs, 0);
  const chips = [
    { key: 'all', label: 'All', href: '/reviews', count: total, active: !job },
    ...list.jobs.map((j) => ({ key: j.id, label: j.name, href: `/reviews?job=${j.id}`, count: j.runs, active: j.id === job })),
  ];
  return (
    <>
      <ScreenHeader title="Reviews" />
      {list.jobs.length > 1 ? <FilterChips label="Filter by job" chips={chips} /> : null}
      <ReviewInbox key={job ?? 'all'} list={list} job={job} />
    </>
  );
}
