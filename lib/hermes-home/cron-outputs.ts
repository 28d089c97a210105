import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { previewText } from './content';
import { parseCronMarkdown, type CronOutputStatus } from './cron-markdown';
import { readOutputFile, type OutputFile } from './cron-output-file';
import { getCronJobNames, rememberedRun, rememberRun, type RunFacts } from './cron-run-cache';
import { HermesHomeError } from './errors';
import { isMissingError, resolveHome, toHomeError } from './home';
import { hermesTimeZone, isValidTimeZone, wallClockToEpoch } from './local-time';

export { parseCronMarkdown, type CronOutputStatus, type ParsedCronDoc } from './cron-markdown';

export interface CronOutputSummary {
  /** `<jobId>/<YYYY-MM-DD_HH-MM-SS>`, stable and accepted by getCronOutput. */
  id: string;
  jobId: string;
  /** From the file header, else jobs.json, else null. */
  jobName: string | null;
  /** ms epoch of the run */
  runAt: number;
  /** Zone the file name's wall-clock time was read in. */
  timeZone: string;
  status: CronOutputStatus;
  /** One line of the response (or error). */
  preview: string;
  sizeBytes: number;
}

export interface CronOutput extends CronOutputSummary {
  /** The assembled prompt (cron instructions + skills + job prompt). */
  prompt: string | null;
  /** Final response Markdown; null when the run failed or wrote no response. */
  response: string | null;
  /** Error text of a failed run. */
  error: string | null;
  /** The `**Key:** value` header lines (Job ID, Run Time, Schedule, Mode, Status …). */
  meta: Record<string, string>;
  /** True when the file exceeded the read cap and was cut. */
  truncated: boolean;
}

export interface CronOutputList {
  items: CronOutputSummary[];
  total: number;
}

const JOB_ID = /^[0-9a-f]{1,64}$/;
const STAMP = /^(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})$/;
const OUTPUT_ID = /^([0-9a-f]{1,64})\/(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})$/;
/** Run files read at once when a page or a count needs several. */
const READ_CONCURRENCY = 16;
/** Splits an output id into its parts, or null unless it is exactly `<hex job id>/<timestamp>`; never throws. */
export function parseCronOutputId(id: string): { jobId: string; stamp: string } | null {
  const m = typeof id === 'string' ? OUTPUT_ID.exec(id) : null;
  return m && m[1] && m[2] ? { jobId: m[1], stamp: m[2] } : null;
}

function runAtFor(stamp: string, stated: string | undefined, timeZone: string): number {
  // A Run Time carrying an explicit offset beats the zone guess; today's Hermes writes naive local time.
  if (stated && /(?:Z|[+-]\d{2}:?\d{2})$/.test(stated)) {
    const ms = Date.parse(stated.replace(' ', 'T'));
    if (Number.isFinite(ms)) return ms;
  }
  const m = STAMP.exec(stamp);
  if (!m) return 0;
  const [, year, month, day, hour, minute, second] = m.map(Number);
  return wallClockToEpoch(
    { year: year ?? 0, month: month ?? 1, day: day ?? 1, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 },
    timeZone,
  );
}

function outputRoot(home: string): string {
  return path.join(resolveHome(home), 'cron', 'output');
}

async function resolveZone(home: string, timeZone: string | undefined): Promise<string> {
  if (timeZone && isValidTimeZone(timeZone)) return timeZone;
  return hermesTimeZone(resolveHome(home));
}

function build(root: string, jobId: string, stamp: string, file: OutputFile, timeZone: string, names: Map<string, string>): CronOutput {
  const doc = parseCronMarkdown(file.text);
  const id = `${jobId}/${stamp}`;
  const preview = previewText(doc.response ?? doc.error, 160);
  rememberRun(root, id, { jobName: doc.jobName, status: doc.status, preview, sizeBytes: file.size, runTime: doc.meta['Run Time'] }, file.mtimeMs);
  return {
    id,
    jobId,
    jobName: doc.jobName ?? names.get(jobId) ?? null,
    runAt: runAtFor(stamp, doc.meta['Run Time'], timeZone),
    timeZone,
    status: doc.status,
    preview,
    sizeBytes: file.size,
    prompt: doc.prompt,
    response: doc.response,
    error: doc.error,
    meta: doc.meta,
    truncated: file.truncated,
  };
}

// Summaries leave out the prompt/response bodies to keep list payloads small.
function toSummary(o: CronOutput): CronOutputSummary {
  const { id, jobId, jobName, runAt, timeZone, status, preview, sizeBytes } = o;
  return { id, jobId, jobName, runAt, timeZone, status, preview, sizeBytes };
}

function fromFacts(id: string, jobId: string, stamp: string, run: RunFacts, timeZone: string, names: Map<string, string>): CronOutputSummary {
  const { status, preview, sizeBytes } = run;
  return { id, jobId, jobName: run.jobName ?? names.get(jobId) ?? null, runAt: runAtFor(stamp, run.runTime, timeZone), timeZone, status, preview, sizeBytes };
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (isMissingError(err)) return [];
    throw toHomeError(err, 'cron/output');
  }
}

export interface ListCronOutputsOptions {
  home: string;
  /** Only this job's runs; an id that is not a job id yields not_found. */
  jobId?: string;
  /** 1..500, default 50 */
  limit?: number;
  offset?: number;
  /** IANA zone of the file names; default: config.yaml `timezone`, else UTC. */
  timeZone?: string;
}

async function outputEntries(root: string, jobId: string | undefined): Promise<{ jobId: string; stamp: string }[]> {
  // Dirent types come from lstat semantics, so symlinked job dirs and files are skipped here.
  const jobIds = jobId ? [jobId] : (await listDir(root)).filter((d) => d.isDirectory() && JOB_ID.test(d.name)).map((d) => d.name);
  const entries: { jobId: string; stamp: string }[] = [];
  // One listing per job, all at once: a years-old install has a directory per one-shot job.
  const listings = await Promise.all(jobIds.map((id) => listDir(path.join(root, id))));
  jobIds.forEach((id, i) => {
    for (const f of listings[i] ?? []) {
      const stamp = f.name.endsWith('.md') ? f.name.slice(0, -3) : '';
      if (f.isFile() && STAMP.test(stamp)) entries.push({ jobId: id, stamp });
    }
  });
  // File names are zero-padded local timestamps, so string order is time order across jobs.
  entries.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : a.jobId.localeCompare(b.jobId)));
  return entries;
}

/** Ids of every cron output (or one job's), newest first, from directory listings alone (no file is read); throws HermesHomeError. */
export async function listCronOutputIds(options: { home: string; jobId?: string }): Promise<string[]> {
  if (options.jobId !== undefined && !JOB_ID.test(options.jobId)) throw new HermesHomeError('not_found', 'cron job not found');
  return (await outputEntries(outputRoot(options.home), options.jobId)).map((e) => `${e.jobId}/${e.stamp}`);
}

async function readSummary(root: string, jobId: string, stamp: string, timeZone: string, names: Map<string, string>): Promise<CronOutputSummary | null> {
  try {
    return toSummary(build(root, jobId, stamp, await readOutputFile(root, jobId, stamp), timeZone, names));
  } catch (err) {
    // Deleted between listing and reading (job removed): drop it rather than fail the page.
    if (err instanceof HermesHomeError && err.code === 'not_found') return null;
    throw err;
  }
}

/**
 * Summaries (status, preview, job name) of the given run ids, in the same order; runs that vanished
 * or ids that are malformed are left out. A settled run file is read once per process; later calls
 * answer from memory. Throws HermesHomeError for an unusable home.
 */
export async function getCronOutputSummaries(options: { home: string; ids: readonly string[]; timeZone?: string }): Promise<CronOutputSummary[]> {
  if (options.ids.length === 0) return [];
  const root = outputRoot(options.home);
  const [timeZone, names] = await Promise.all([resolveZone(options.home, options.timeZone), getCronJobNames(resolveHome(options.home))]);
  const out: (CronOutputSummary | null)[] = [];
  const unread: { at: number; jobId: string; stamp: string }[] = [];
  for (const id of options.ids) {
    const parsed = parseCronOutputId(id);
    const known = parsed ? rememberedRun(root, id) : undefined;
    if (parsed && known) out.push(fromFacts(id, parsed.jobId, parsed.stamp, known, timeZone, names));
    else if (parsed) unread.push({ at: out.push(null) - 1, ...parsed });
  }
  for (let i = 0; i < unread.length; i += READ_CONCURRENCY) {
    const batch = unread.slice(i, i + READ_CONCURRENCY);
    const read = await Promise.all(batch.map((u) => readSummary(root, u.jobId, u.stamp, timeZone, names)));
    batch.forEach((u, k) => (out[u.at] = read[k] ?? null));
  }
  return out.filter((s): s is CronOutputSummary => s !== null);
}

/** Cron run outputs newest first (across jobs or for one job), parsed for status; throws HermesHomeError. */
export async function listCronOutputs(options: ListCronOutputsOptions): Promise<CronOutputList> {
  const limit = Math.min(500, Math.max(1, Math.trunc(Number.isFinite(options.limit) ? (options.limit ?? 50) : 50)));
  const offset = Math.max(0, Math.trunc(Number.isFinite(options.offset) ? (options.offset ?? 0) : 0));
  const ids = await listCronOutputIds({ home: options.home, jobId: options.jobId });
  const items = await getCronOutputSummaries({ home: options.home, ids: ids.slice(offset, offset + limit), timeZone: options.timeZone });
  return { items, total: ids.length };
}

/** One cron output by id (`<jobId>/<timestamp>`, validated strictly); throws HermesHomeError not_found / hermes_home_*. */
export async function getCronOutput(options: { home: string; id: string; timeZone?: string }): Promise<CronOutput> {
  const parsed = parseCronOutputId(options.id);
  if (!parsed) throw new HermesHomeError('not_found', 'cron output not found');
  const root = outputRoot(options.home);
  const file = await readOutputFile(root, parsed.jobId, parsed.stamp);
  const [timeZone, names] = await Promise.all([resolveZone(options.home, options.timeZone), getCronJobNames(resolveHome(options.home))]);
  return build(root, parsed.jobId, parsed.stamp, file, timeZone, names);
}
