import type { GatewayJob } from '@/lib/gateway/jobs';
import type { CronJob } from '@/lib/hermes-home';

/** A scheduled job as the Jobs screen shows it, whichever source it came from. All times are ms epoch. */
export interface JobView {
  id: string;
  name: string;
  schedule: string | null;
  /** "scheduled" | "paused" | "completed" | "error" today; other strings are passed through. */
  state: string;
  enabled: boolean;
  nextRunAt: number | null;
  lastRunAt: number | null;
  /** "ok" | "error" | null today. */
  lastStatus: string | null;
  lastError: string | null;
  pausedAt: number | null;
}

export type JobsSource = 'gateway' | 'hermes_home';

export interface JobsScreen {
  jobs: JobView[];
  /** Where the list came from: the gateway, or cron/jobs.json when the gateway could not be asked. */
  source: JobsSource;
  /** Why the gateway could not be asked; null when it answered. */
  gatewayError: string | null;
}

export type JobAction = 'run' | 'pause' | 'resume';

function isoToMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

export function fromGatewayJob(job: GatewayJob): JobView {
  return {
    id: job.id,
    name: job.name,
    schedule: job.schedule_display ?? null,
    state: job.state ?? (job.enabled ? 'scheduled' : 'paused'),
    enabled: job.enabled,
    nextRunAt: isoToMs(job.next_run_at),
    lastRunAt: isoToMs(job.last_run_at),
    lastStatus: job.last_status ?? null,
    lastError: job.last_error ?? null,
    pausedAt: isoToMs(job.paused_at),
  };
}

export function fromCronJob(job: CronJob): JobView {
  return {
    id: job.id,
    name: job.name,
    schedule: job.scheduleDisplay,
    state: job.state,
    enabled: job.enabled,
    nextRunAt: job.nextRunAt,
    lastRunAt: job.lastRunAt,
    lastStatus: job.lastStatus,
    lastError: job.lastError,
    pausedAt: job.pausedAt,
  };
}
