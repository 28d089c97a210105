import { getCronJob, listCronJobs } from '@/lib/hermes-home';
import { withHermesHome } from '@/lib/hermes-home/with-home';
import { mutedJobIds, setJobMuted } from '@/lib/store/push-muted-jobs';
import type { JobNotification } from './types';

/** Every scheduled job (cron/jobs.json) with whether its runs notify. Throws AppError. */
export function listJobNotifications(): Promise<{ jobs: JobNotification[] }> {
  return withHermesHome('Notifications per job', 'No such job.', async (home) => {
    const { jobs } = await listCronJobs({ home });
    const muted = mutedJobIds();
    return { jobs: jobs.map((job) => ({ id: job.id, name: job.name, notify: !muted.has(job.id) })) };
  });
}

/** Turns one existing job's notifications on or off. Throws AppError not_found for a job not in cron/jobs.json. */
export function setJobNotifications(id: string, notify: boolean): Promise<JobNotification> {
  return withHermesHome('Notifications per job', 'No such job.', async (home) => {
    const job = await getCronJob({ home, id });
    setJobMuted(id, !notify);
    return { id, name: job.name, notify };
  });
}
