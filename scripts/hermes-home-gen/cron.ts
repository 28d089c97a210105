import { CRON_PREAMBLE, dailyReview, FAILURES, heartbeat, monthlyReport, reminder, weeklyDigest } from './cron-content';
import type { Rng } from './prng';
import type { PyValue } from './py-json';
import { compactStamp, fileStamp, message, MODEL_CONFIG, type SessionSeed } from './seeds';

const DAY_SEC = 86_400;

interface JobDef {
  id: string;
  name: string;
  prompt: string;
  schedule: Record<string, PyValue> & { display: string };
  deliver: string;
  enabled: boolean;
  failRate: number;
  body: (rng: Rng, runAt: Date) => string;
}

/** One run: the output file and the cron session that produced it. */
export interface CronRun {
  job: JobDef;
  /** Output file name without `.md` (finish time). */
  stamp: string;
  markdown: string;
  /** Epoch seconds the file was written. */
  writtenAt: number;
  session: SessionSeed;
  status: 'ok' | 'error';
  error: string | null;
}

export interface CronPlan {
  runs: CronRun[];
  /** The `cron/jobs.json` object (finished one-shot jobs are gone from it, as Hermes removes them). */
  jobsFile: { jobs: Record<string, PyValue>[]; updated_at: string };
}

function periodicJobs(rng: Rng): JobDef[] {
  return [
    { id: rng.hex(12), name: 'daily-review', prompt: "Write today's daily review for 金米麥 in Markdown: yesterday's sales table, a low-stock bullet list, today's top 3 priorities and the reorder commands in a code block.", schedule: { kind: 'cron', expr: '0 8 * * *', display: '0 8 * * *' }, deliver: 'local', enabled: true, failRate: 0.03, body: dailyReview },
    { id: rng.hex(12), name: 'heartbeat', prompt: 'Heartbeat: check POS sync, the online shop and the receipt printer. Reply [SILENT] if everything is normal.', schedule: { kind: 'interval', minutes: 360, display: 'every 360m' }, deliver: 'local', enabled: false, failRate: 0.01, body: heartbeat },
    { id: rng.hex(12), name: 'weekly digest', prompt: "Compile the weekly digest for 金米麥: revenue per day, highlights and next week's to-dos.", schedule: { kind: 'cron', expr: '0 9 * * 1', display: '0 9 * * 1' }, deliver: 'telegram', enabled: true, failRate: 0.02, body: weeklyDigest },
    { id: rng.hex(12), name: '月盤點報告', prompt: '產生金米麥上個月的盤點報告：各品項期末庫存、低於安全庫存的次數、建議調整的安全庫存。', schedule: { kind: 'cron', expr: '0 9 1 * *', display: '0 9 1 * *' }, deliver: 'local', enabled: true, failRate: 0, body: (r) => monthlyReport(r) },
  ];
}

/** Scheduled times of each periodic job, newest first, never before `from`. */
function scheduleTimes(job: JobDef, count: number, from: number, to: number): number[] {
  const out: number[] = [];
  const dayStart = Math.floor(to / DAY_SEC) * DAY_SEC;
  for (let i = 0; out.length < count; i++) {
    let t: number;
    if (job.name === 'daily-review') t = dayStart - i * DAY_SEC + 8 * 3600;
    else if (job.name === 'heartbeat') t = Math.floor(to / 21_600) * 21_600 - i * 21_600;
    else if (job.name === 'weekly digest') t = dayStart - ((new Date(dayStart * 1000).getUTCDay() + 6) % 7) * DAY_SEC - i * 7 * DAY_SEC + 9 * 3600;
    else {
      const d = new Date(dayStart * 1000);
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1, 9) / 1000;
    }
    if (t < from) break;
    if (t <= to) out.push(t);
  }
  return out;
}

function fileText(job: JobDef, writtenAt: number, prompt: string, result: { response: string } | { error: string }): string {
  const failed = 'error' in result;
  const head = `# Cron Job: ${job.name}${failed ? ' (FAILED)' : ''}\n\n**Job ID:** ${job.id}\n**Run Time:** ${new Date(writtenAt * 1000).toISOString().slice(0, 19).replace('T', ' ')}\n**Schedule:** ${job.schedule.display}\n\n## Prompt\n\n${CRON_PREAMBLE}\n\n${prompt}\n\n`;
  return failed ? `${head}## Error\n\n\`\`\`\n${result.error}\n\`\`\`\n` : `${head}## Response\n\n${result.response}\n`;
}

function makeRun(rng: Rng, job: JobDef, scheduled: number, prompt: string, response: string): CronRun {
  const idAt = scheduled + rng.int(30, 33);
  const startedAt = idAt + 1 + rng.next();
  const writtenAt = startedAt + (job.name === 'heartbeat' ? 1 : rng.int(2, 10)) + rng.next();
  const error = rng.chance(job.failRate) ? rng.pick(FAILURES) : null;
  const empty = !error && rng.chance(0.01);
  const answer = empty ? '(No response generated)' : response;
  const userText = `${CRON_PREAMBLE}\n\n${prompt}`;
  const messages = [message('user', userText, startedAt + 0.01)];
  if (!error) messages.push(message('assistant', empty ? '' : answer, writtenAt - 0.3, { finishReason: 'stop' }));
  const session: SessionSeed = { id: `cron_${job.id}_${compactStamp(idAt)}`, source: 'cron', userId: null, model: 'fake-model', modelConfig: MODEL_CONFIG, parentId: null, startedAt, endedAt: writtenAt - 0.2, endReason: 'cron_complete', title: null, messages };
  const markdown = fileText(job, writtenAt, prompt, error ? { error } : { response: answer });
  return { job, stamp: fileStamp(writtenAt), markdown, writtenAt, session, status: error ? 'error' : 'ok', error };
}

function jobEntry(job: JobDef, runs: CronRun[], to: number): Record<string, PyValue> {
  const last = runs[0];
  const iso = (sec: number | undefined) => (sec === undefined ? null : new Date(sec * 1000).toISOString().replace('Z', '+00:00'));
  return {
    id: job.id, name: job.name, prompt: job.prompt, skills: [], skill: null, model: null, provider: null, base_url: null, script: null, no_agent: false, context_from: null,
    schedule: job.schedule, schedule_display: job.schedule.display, repeat: { times: null, completed: runs.length },
    enabled: job.enabled, state: job.enabled ? 'scheduled' : 'paused', paused_at: job.enabled ? null : iso(to - DAY_SEC), paused_reason: null,
    created_at: iso(runs[runs.length - 1]?.writtenAt !== undefined ? (runs[runs.length - 1]?.writtenAt ?? to) - DAY_SEC : to), next_run_at: iso(to + 3600),
    last_run_at: iso(last?.writtenAt), last_status: last ? last.status : null, last_error: last?.error ?? null,
    last_delivery_error: job.deliver === 'telegram' ? 'no delivery target resolved for deliver=telegram' : null,
    deliver: job.deliver, origin: null, enabled_toolsets: null, workdir: null, profile: null,
  };
}

/** `count` runs across the periodic jobs and some one-shot reminders, between `from` and `to` (epoch seconds). */
export function planCron(rng: Rng, count: number, from: number, to: number): CronPlan {
  const jobs = periodicJobs(rng);
  const [daily, beat, weekly, monthly] = jobs;
  if (!daily || !beat || !weekly || !monthly) throw new Error('job list changed');
  const spanDays = Math.floor((to - from) / DAY_SEC);
  const counts = new Map<JobDef, number>([
    [weekly, Math.min(Math.round(count * 0.12), Math.floor(spanDays / 7))],
    [monthly, Math.min(Math.round(count * 0.04), Math.floor(spanDays / 31))],
  ]);
  const oneShots = Math.round(count * 0.06);
  const rest = count - oneShots - (counts.get(weekly) ?? 0) - (counts.get(monthly) ?? 0);
  counts.set(daily, Math.min(spanDays, Math.round(rest * 0.58)));
  counts.set(beat, rest - (counts.get(daily) ?? 0));

  const runs: CronRun[] = [];
  const entries: Record<string, PyValue>[] = [];
  for (const job of jobs) {
    const own = scheduleTimes(job, counts.get(job) ?? 0, from, to).map((t) => makeRun(rng, job, t, job.prompt, job.body(rng, new Date(t * 1000))));
    runs.push(...own);
    entries.push(jobEntry(job, own, to));
  }
  for (let i = 0; i < oneShots; i++) {
    const at = Math.floor(from + rng.next() * (to - from));
    const { prompt, response } = reminder(rng);
    const display = `once at ${new Date(at * 1000).toISOString().slice(0, 16).replace('T', ' ')}`;
    const job: JobDef = { id: rng.hex(12), name: rng.pick(['call flour supplier', 'pay the rent', '提醒：禮盒報價', 'renew the market permit', '提醒：冷藏車保養']), prompt, schedule: { kind: 'once', run_at: new Date(at * 1000).toISOString(), display }, deliver: 'local', enabled: true, failRate: 0, body: () => response };
    runs.push(makeRun(rng, job, at, prompt, response));
  }
  return { runs, jobsFile: { jobs: entries, updated_at: new Date(to * 1000).toISOString().replace('Z', '+00:00') } };
}
