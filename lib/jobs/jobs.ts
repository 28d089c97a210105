import { getConfig } from '@/lib/config';
import { changeJob, listJobs } from '@/lib/gateway/jobs';
import { listCronJobs } from '@/lib/hermes-home';
import { withHermesHome } from '@/lib/hermes-home/with-home';
import { AppError } from '@/lib/http/app-error';
import { fromCronJob, fromGatewayJob, type JobAction, type JobsScreen, type JobView } from './job-view';

/**
 * The scheduled jobs from the gateway. When the gateway cannot be asked, the list still comes from
 * HERMES_HOME's cron/jobs.json (what the scheduler last wrote) with the gateway's error beside it;
 * without HERMES_HOME the gateway's error is thrown as is.
 */
export async function listJobViews(): Promise<JobsScreen> {
  try {
    return { jobs: (await listJobs()).map(fromGatewayJob), source: 'gateway', gatewayError: null };
  } catch (error) {
    if (!(error instanceof AppError) || !getConfig().hermesHome) throw error;
    const { jobs } = await withHermesHome('Jobs', 'No such job.', (home) => listCronJobs({ home }));
    return { jobs: jobs.map(fromCronJob), source: 'hermes_home', gatewayError: error.message };
  }
}

/** Runs, pauses or resumes a job through the gateway; returns the job as it now stands. Throws AppError. */
export async function changeJobView(id: string, action: JobAction): Promise<JobView> {
  return fromGatewayJob(await changeJob(id, action));
}
