import { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import { gatewayFailure, gatewayFetch } from './client';

/** The fields of a gateway job Paddock shows; the gateway sends more, which are kept loosely. */
export const gatewayJobSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  prompt: z.string().nullish(),
  schedule_display: z.string().nullish(),
  enabled: z.boolean().default(true),
  state: z.string().nullish(),
  next_run_at: z.string().nullish(),
  last_run_at: z.string().nullish(),
  last_status: z.string().nullish(),
  last_error: z.string().nullish(),
  paused_at: z.string().nullish(),
});
export type GatewayJob = z.infer<typeof gatewayJobSchema>;

export const jobIdSchema = z.string().regex(/^[0-9a-f]{12}$/, 'must be a 12-character job id');

/** All jobs, including paused ones (the gateway hides those unless asked). */
export async function listJobs(): Promise<GatewayJob[]> {
  const response = await gatewayFetch('/api/jobs?include_disabled=true');
  if (!response.ok) throw await gatewayFailure(response, 'listing jobs');
  return z.object({ jobs: z.array(gatewayJobSchema) }).parse(await response.json()).jobs;
}

export type JobAction = 'run' | 'pause' | 'resume';

/** True for the jobs API's own `{"error": "..."}` body: the route exists, so a 404 means the job does not. */
async function isJobsApiError(response: Response): Promise<boolean> {
  const body: unknown = await response.json().catch(() => undefined);
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string';
}

/** Runs, pauses or resumes a job; returns the job as the gateway now reports it. Unknown jobs are AppError not_found. */
export async function changeJob(id: string, action: JobAction): Promise<GatewayJob> {
  const response = await gatewayFetch(`/api/jobs/${jobIdSchema.parse(id)}/${action}`, { method: 'POST', body: {} });
  if (response.status === 404 && (await isJobsApiError(response.clone()))) {
    await response.body?.cancel();
    throw new AppError('not_found', `The gateway has no job ${id}; it may have been deleted.`);
  }
  if (!response.ok) throw await gatewayFailure(response, `${action === 'run' ? 'running' : action === 'pause' ? 'pausing' : 'resuming'} the job`);
  return z.object({ job: gatewayJobSchema }).parse(await response.json()).job;
}
