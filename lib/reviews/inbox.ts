import { getCronJobNames, getCronOutputSummaries, listCronOutputIds } from '@/lib/hermes-home';
import { withHermesHome } from '@/lib/hermes-home/with-home';
import { readOutputIds } from '@/lib/store/review-reads';
import type { ListReviewsQuery } from './schemas';
import type { ReviewJob, ReviewList } from './types';
import { needsReading, unreadReviewIds } from './unread';

function jobOf(id: string): string {
  return id.slice(0, id.indexOf('/'));
}

/** Every job that has runs, newest run first, with run and unread counts. */
async function reviewJobs(home: string, ids: readonly string[], unread: readonly string[]): Promise<ReviewJob[]> {
  const jobs = new Map<string, { newest: string; runs: number; unread: number }>();
  for (const id of ids) {
    const job = jobs.get(jobOf(id)) ?? { newest: id, runs: 0, unread: 0 };
    job.runs++;
    jobs.set(jobOf(id), job);
  }
  for (const id of unread) {
    const job = jobs.get(jobOf(id));
    if (job) job.unread++;
  }
  const names = await getCronJobNames(home);
  // One-shot jobs leave jobs.json when done; their newest run's header still names them.
  const orphans = [...jobs].filter(([id]) => !names.has(id)).map(([, job]) => job.newest);
  const fromRuns = new Map((await getCronOutputSummaries({ home, ids: orphans, timeZone: 'UTC' })).map((s) => [s.jobId, s.jobName]));
  return [...jobs].map(([id, job]) => ({ id, name: names.get(id) ?? fromRuns.get(id) ?? id, runs: job.runs, unread: job.unread }));
}

/** One page of the inbox, newest first, with read marks, the unread count and the jobs to filter by. Throws AppError. */
export function listReviews(query: ListReviewsQuery): Promise<ReviewList> {
  return withHermesHome('Reviews', 'No such job.', async (home) => {
    // Listed once: the page, the unread count and the job filter all work from the same ids.
    const ids = await listCronOutputIds({ home });
    const shown = query.job ? ids.filter((id) => jobOf(id) === query.job) : ids;
    const items = await getCronOutputSummaries({ home, ids: shown.slice(query.offset, query.offset + query.limit) });
    const unread = await unreadReviewIds(home, ids);
    const read = readOutputIds(items.map((i) => i.id));
    return {
      items: items.map((item) => ({ ...item, read: read.has(item.id) || !needsReading(item.status) })),
      total: shown.length,
      unread: unread.length,
      jobs: await reviewJobs(home, ids, unread),
    };
  });
}
