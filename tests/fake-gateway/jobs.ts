import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from './json';
import { computeNextRun, parseSchedule } from './schedule';
import { pyIsoTimestamp } from './time';

/** A job record exactly as `cron/jobs.json` stores it (and the API returns it). */
export type Job = JsonObject;

export interface NewJob {
  name: string;
  schedule: string;
  prompt: string;
  deliver: JsonValue;
  skills: string[];
  repeat: number | null;
}

/** Reads `<hermesHome>/cron/jobs.json`; a missing file is an empty store, as for a fresh Hermes. */
export function readJobsFile(hermesHome: string): Job[] {
  const file = path.join(hermesHome, 'cron', 'jobs.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  const parsed = parseJson(text);
  const jobs = parsed !== undefined && isJsonObject(parsed) ? parsed.jobs : undefined;
  if (!Array.isArray(jobs) || !jobs.every((job) => isJsonObject(job) && typeof job.id === 'string')) {
    throw new Error(`${file}: expected {"jobs": [{"id": "...", ...}]}`);
  }
  return jobs.filter(isJsonObject);
}

function normalizeSkills(value: JsonValue): string[] {
  const items = Array.isArray(value) ? value : value === null || value === '' ? [] : [value];
  const skills: string[] = [];
  for (const item of items) {
    const text = typeof item === 'string' ? item.trim() : item === null ? '' : JSON.stringify(item);
    if (text && !skills.includes(text)) skills.push(text);
  }
  return skills;
}

/** The in-memory equivalent of `cron.jobs`; nothing is written back to HERMES_HOME. */
export class JobStore {
  private readonly jobs: Job[];

  constructor(jobs: Job[] = []) {
    this.jobs = jobs.map((job) => ({ ...job }));
  }

  /** Paused jobs are disabled and hidden unless asked for. */
  list(includeDisabled: boolean): Job[] {
    return this.jobs.filter((job) => includeDisabled || job.enabled !== false);
  }

  get(id: string): Job | undefined {
    return this.jobs.find((job) => job.id === id);
  }

  create(input: NewJob): Job {
    const now = new Date();
    const schedule = parseSchedule(input.schedule, now);
    const job: Job = {
      id: randomBytes(6).toString('hex'),
      name: input.name,
      prompt: input.prompt,
      skills: input.skills,
      skill: input.skills[0] ?? null,
      model: null,
      provider: null,
      base_url: null,
      script: null,
      no_agent: false,
      context_from: null,
      schedule,
      schedule_display: schedule.display ?? input.schedule,
      // One-shot schedules run once unless told otherwise.
      repeat: { times: input.repeat ?? (schedule.kind === 'once' ? 1 : null), completed: 0 },
      enabled: true,
      state: 'scheduled',
      paused_at: null,
      paused_reason: null,
      created_at: pyIsoTimestamp(now),
      next_run_at: computeNextRun(schedule, now),
      last_run_at: null,
      last_status: null,
      last_error: null,
      last_delivery_error: null,
      deliver: input.deliver,
      origin: null,
      enabled_toolsets: null,
      workdir: null,
      profile: null,
    };
    this.jobs.push(job);
    return job;
  }

  /** Merges already-whitelisted fields; a new schedule string is parsed and reschedules the job. */
  update(id: string, fields: JsonObject): Job | undefined {
    const index = this.jobs.findIndex((job) => job.id === id);
    const current = this.jobs[index];
    if (!current) return undefined;
    const now = new Date();
    const updated: Job = { ...current, ...fields };
    if ('skills' in fields || 'skill' in fields) {
      const skills = normalizeSkills('skills' in fields ? (fields.skills ?? null) : (fields.skill ?? null));
      updated.skills = skills;
      updated.skill = skills[0] ?? null;
    }
    if (typeof fields.schedule === 'string') {
      const schedule = parseSchedule(fields.schedule, now);
      updated.schedule = schedule;
      updated.schedule_display = schedule.display ?? fields.schedule;
      if (updated.state !== 'paused') updated.next_run_at = computeNextRun(schedule, now);
    }
    this.jobs[index] = updated;
    return updated;
  }

  remove(id: string): boolean {
    const index = this.jobs.findIndex((job) => job.id === id);
    if (index < 0) return false;
    this.jobs.splice(index, 1);
    return true;
  }

  pause(id: string): Job | undefined {
    return this.update(id, { enabled: false, state: 'paused', paused_at: pyIsoTimestamp(new Date()), paused_reason: null });
  }

  resume(id: string): Job | undefined {
    const job = this.get(id);
    if (!job) return undefined;
    const nextRun = computeNextRun(job.schedule, new Date());
    return this.update(id, { enabled: true, state: 'scheduled', paused_at: null, paused_reason: null, next_run_at: nextRun });
  }

  /** "Run now": the gateway only sets next_run_at; its 60-second ticker does the rest. */
  trigger(id: string): Job | undefined {
    return this.update(id, { enabled: true, state: 'scheduled', paused_at: null, next_run_at: pyIsoTimestamp(new Date()) });
  }
}
