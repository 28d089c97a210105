import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { HermesHomeError } from './errors';
import { isMissingError, resolveHome, toHomeError } from './home';

export interface CronSchedule {
  /** "once" | "interval" | "cron" today; other strings are passed through. */
  kind: string;
  expr: string | null;
  minutes: number | null;
  /** ms epoch for one-shot jobs */
  runAt: number | null;
  display: string | null;
}

export interface CronJob {
  id: string;
  name: string;
  prompt: string;
  skills: string[];
  model: string | null;
  provider: string | null;
  script: string | null;
  noAgent: boolean;
  schedule: CronSchedule | null;
  scheduleDisplay: string | null;
  /** times null = forever */
  repeat: { times: number | null; completed: number };
  enabled: boolean;
  /** "scheduled" | "paused" | "completed" | "error" today. */
  state: string;
  deliver: string | null;
  /** All timestamps are ms epoch. */
  createdAt: number | null;
  nextRunAt: number | null;
  lastRunAt: number | null;
  pausedAt: number | null;
  pausedReason: string | null;
  /** "ok" | "error" | null today. */
  lastStatus: string | null;
  lastError: string | null;
  lastDeliveryError: string | null;
}

export interface CronJobList {
  jobs: CronJob[];
  /** ms epoch of the file's updated_at */
  updatedAt: number | null;
}

// Everything except the id is optional and falls back on bad values: one odd field must not hide a job.
const str = z.string().nullish().catch(null);
const int = z.number().nullish().catch(null);

const scheduleSchema = z.object({
  kind: z.string().catch('unknown'),
  expr: str,
  minutes: int,
  run_at: str,
  display: str,
});

const jobSchema = z.object({
  id: z.string().min(1),
  name: str,
  prompt: str,
  skills: z.array(z.string()).nullish().catch(null),
  skill: str,
  model: str,
  provider: str,
  script: str,
  no_agent: z.boolean().nullish().catch(null),
  schedule: scheduleSchema.nullish().catch(null),
  schedule_display: str,
  // PATCH /api/jobs can overwrite the {times, completed} object with a bare int (see the gateway doc §4.7).
  repeat: z
    .union([z.object({ times: int, completed: int }), z.number()])
    .nullish()
    .catch(null),
  enabled: z.boolean().nullish().catch(null),
  state: str,
  deliver: str,
  created_at: str,
  next_run_at: str,
  last_run_at: str,
  paused_at: str,
  paused_reason: str,
  last_status: str,
  last_error: str,
  last_delivery_error: str,
});

const fileSchema = z.object({
  jobs: z.array(z.unknown()).catch([]),
  updated_at: str,
});

function isoToMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

function toJob(j: z.infer<typeof jobSchema>): CronJob {
  const skills = j.skills ?? (j.skill ? [j.skill] : []);
  const repeat =
    typeof j.repeat === 'number'
      ? { times: j.repeat, completed: 0 }
      : { times: j.repeat?.times ?? null, completed: j.repeat?.completed ?? 0 };
  return {
    id: j.id,
    name: j.name ?? j.id,
    prompt: j.prompt ?? '',
    skills,
    model: j.model ?? null,
    provider: j.provider ?? null,
    script: j.script ?? null,
    noAgent: j.no_agent ?? false,
    schedule: j.schedule
      ? {
          kind: j.schedule.kind,
          expr: j.schedule.expr ?? null,
          minutes: j.schedule.minutes ?? null,
          runAt: isoToMs(j.schedule.run_at),
          display: j.schedule.display ?? null,
        }
      : null,
    scheduleDisplay: j.schedule_display ?? j.schedule?.display ?? null,
    repeat,
    enabled: j.enabled ?? true,
    state: j.state ?? (j.enabled === false ? 'paused' : 'scheduled'),
    deliver: j.deliver ?? null,
    createdAt: isoToMs(j.created_at),
    nextRunAt: isoToMs(j.next_run_at),
    lastRunAt: isoToMs(j.last_run_at),
    pausedAt: isoToMs(j.paused_at),
    pausedReason: j.paused_reason ?? null,
    lastStatus: j.last_status ?? null,
    lastError: j.last_error ?? null,
    lastDeliveryError: j.last_delivery_error ?? null,
  };
}

/** Reads `cron/jobs.json` (missing file = no jobs, malformed entries skipped); throws HermesHomeError for a missing home or unreadable/invalid file. */
export async function listCronJobs(options: { home: string }): Promise<CronJobList> {
  const file = path.join(resolveHome(options.home), 'cron', 'jobs.json');
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    // Hermes creates jobs.json lazily with the first job.
    if (isMissingError(err)) return { jobs: [], updatedAt: null };
    throw toHomeError(err, 'cron/jobs.json');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new HermesHomeError('hermes_home_unreadable', 'cron/jobs.json is not valid JSON', { cause: err });
  }
  const parsedFile = fileSchema.safeParse(json);
  if (!parsedFile.success) throw new HermesHomeError('hermes_home_unreadable', 'cron/jobs.json has an unexpected shape', { cause: parsedFile.error });
  const jobs: CronJob[] = [];
  for (const entry of parsedFile.data.jobs) {
    const parsed = jobSchema.safeParse(entry);
    if (parsed.success) jobs.push(toJob(parsed.data));
  }
  return { jobs, updatedAt: isoToMs(parsedFile.data.updated_at) };
}

/** One job by id; throws HermesHomeError not_found when absent, or as listCronJobs. */
export async function getCronJob(options: { home: string; id: string }): Promise<CronJob> {
  const { jobs } = await listCronJobs({ home: options.home });
  const job = jobs.find((j) => j.id === options.id);
  if (!job) throw new HermesHomeError('not_found', 'cron job not found');
  return job;
}
