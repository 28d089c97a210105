import { getCronOutput, HermesHomeError, listCronJobs, listCronOutputIds, listCronOutputs } from '@/lib/hermes-home';
import { withHermesHome } from '@/lib/hermes-home/with-home';
import { readOutputIds } from '@/lib/store/review-reads';
import type { ListReviewsQuery } from './schemas';
import type { ReviewJob, ReviewList } from './types';
import { needsReading, unreadReviewIds } from './unread';

async function namesFromJobsFile(home: string): Promise<Map<string, string>> {
  try {
    return new Map((await listCronJobs({ home })).jobs.map((j) => [j.id, j.name]));
  } catch (error) {
    // A broken jobs.json must not hide the runs; their files carry the job name too.
    if (error instanceof HermesHomeError) return new Map();
    throw error;
  }
}

async function nameFromRun(home: string, id: string): Promise<string | null> {
  try {
    return (await getCronOutput({ home, id, timeZone: 'UTC' })).jobName;
  } catch (error) {
    if (error instanceof HermesHomeError) return null;
    throw error;
  }
}

/** Every job that has runs, newest run first, with run and unread counts. */
async function reviewJobs(home: string, unread: readonly string[]): Promise<ReviewJob[]> {
  const ids = await listCronOutputIds({ home });
  const jobs = new Map<string, { newest: string; runs: number; unread: number }>();
  for (const id of ids) {
    const jobId = id.slice(0, id.indexOf('/'));
    const job = jobs.get(jobId) ?? { newest: id, runs: 0, unread: 0 };
    job.runs++;
    jobs.set(jobId, job);
  }
  for (const id of unread) {
    const job = jobs.get(id.slice(0, id.indexOf('/')));
    if (job) job.unread++;
  }
  const names = await namesFromJobsFile(home);
  const out: ReviewJob[] = [];
  for (const [id, job] of jobs) {
    // One-shot jobs leave jobs.json when done; their newest run's header still names them.
    const name = names.get(id) ?? (await nameFromRun(home, job.newest)) ?? id;
    out.push({ id, name, runs: job.runs, unread: job.unread });
  }
  return out;
}

/** One page of the inbox, newest first, with read marks, the unread count and the jobs to filter by. Throws AppError. */
export function listReviews(query: ListReviewsQuery): Promise<ReviewList> {
  return withHermesHome('Reviews', 'No such job.', async (home) => {
    const page = await listCronOutputs({ home, jobId: query.job, limit: query.limit, offset: query.offset });
    const unread = await unreadReviewIds(home);
    const read = readOutputIds(page.items.map((i) => i.id));
    return {
      items: page.items.map((item) => ({ ...item, read: read.has(item.id) || !needsReading(item.status) })),
      total: page.total,
      unread: unread.length,
      jobs: await reviewJobs(home, unread),
    };
  });
}
