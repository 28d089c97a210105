import { constants as fsConstants, type Dirent } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { previewText } from './content';
import { listCronJobs } from './cron-jobs';
import { parseCronMarkdown, type CronOutputStatus } from './cron-markdown';
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
const MAX_READ_BYTES = 8 * 1024 * 1024;
/** Splits an output id into its parts, or null unless it is exactly `<hex job id>/<timestamp>`; never throws. */
export function parseCronOutputId(id: string): { jobId: string; stamp: string } | null {
  const m = typeof id === 'string' ? OUTPUT_ID.exec(id) : null;
  return m && m[1] && m[2] ? { jobId: m[1], stamp: m[2] } : null;
}

function runAtFor(stamp: string, meta: Record<string, string>, timeZone: string): number {
  // A Run Time carrying an explicit offset beats the zone guess; today's Hermes writes naive local time.
  const stated = meta['Run Time'];
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

interface OutputFile {
  text: string;
  size: number;
  truncated: boolean;
}

function outputRoot(home: string): string {
  return path.join(resolveHome(home), 'cron', 'output');
}

/** Reads one output file without following symlinks or leaving cron/output; throws HermesHomeError not_found / hermes_home_unreadable. */
async function readOutputFile(root: string, jobId: string, stamp: string): Promise<OutputFile> {
  const file = path.resolve(root, jobId, `${stamp}.md`);
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new HermesHomeError('not_found', 'cron output not found');
  let handle: FileHandle;
  try {
    const dir = await fs.lstat(path.join(root, jobId));
    if (!dir.isDirectory()) throw new HermesHomeError('not_found', 'cron output not found');
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) throw new HermesHomeError('not_found', 'cron output not found');
    // The agent can write into HERMES_HOME; O_NOFOLLOW stops a swapped-in symlink from exposing other files.
    handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
  } catch (err) {
    if (err instanceof HermesHomeError) throw err;
    const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
    if (isMissingError(err) || code === 'ELOOP') throw new HermesHomeError('not_found', 'cron output not found', { cause: err });
    throw toHomeError(err, 'cron output');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new HermesHomeError('not_found', 'cron output not found');
    const length = Math.min(stat.size, MAX_READ_BYTES);
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, 0);
    return { text: buf.subarray(0, bytesRead).toString('utf8'), size: stat.size, truncated: stat.size > MAX_READ_BYTES };
  } catch (err) {
    if (err instanceof HermesHomeError) throw err;
    throw toHomeError(err, 'cron output');
  } finally {
    await handle.close();
  }
}

async function resolveZone(home: string, timeZone: string | undefined): Promise<string> {
  if (timeZone && isValidTimeZone(timeZone)) return timeZone;
  return hermesTimeZone(resolveHome(home));
}

function build(jobId: string, stamp: string, file: OutputFile, timeZone: string, names: Map<string, string>): CronOutput {
  const doc = parseCronMarkdown(file.text);
  return {
    id: `${jobId}/${stamp}`,
    jobId,
    jobName: doc.jobName ?? names.get(jobId) ?? null,
    runAt: runAtFor(stamp, doc.meta, timeZone),
    timeZone,
    status: doc.status,
    preview: previewText(doc.response ?? doc.error, 160),
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

async function jobNames(home: string): Promise<Map<string, string>> {
  try {
    const { jobs } = await listCronJobs({ home });
    return new Map(jobs.map((j) => [j.id, j.name]));
  } catch {
    // Names are a nicety; a broken jobs.json must not hide the outputs.
    return new Map();
  }
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
  for (const id of jobIds) {
    for (const f of await listDir(path.join(root, id))) {
      const stamp = f.name.endsWith('.md') ? f.name.slice(0, -3) : '';
      if (f.isFile() && STAMP.test(stamp)) entries.push({ jobId: id, stamp });
    }
  }
  // File names are zero-padded local timestamps, so string order is time order across jobs.
  entries.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : a.jobId.localeCompare(b.jobId)));
  return entries;
}

/** Ids of every cron output (or one job's), newest first, from directory listings alone (no file is read); throws HermesHomeError. */
export async function listCronOutputIds(options: { home: string; jobId?: string }): Promise<string[]> {
  if (options.jobId !== undefined && !JOB_ID.test(options.jobId)) throw new HermesHomeError('not_found', 'cron job not found');
  return (await outputEntries(outputRoot(options.home), options.jobId)).map((e) => `${e.jobId}/${e.stamp}`);
}

/** Cron run outputs newest first (across jobs or for one job), parsed for status; throws HermesHomeError. */
export async function listCronOutputs(options: ListCronOutputsOptions): Promise<CronOutputList> {
  if (options.jobId !== undefined && !JOB_ID.test(options.jobId)) throw new HermesHomeError('not_found', 'cron job not found');
  const root = outputRoot(options.home);
  const limit = Math.min(500, Math.max(1, Math.trunc(Number.isFinite(options.limit) ? (options.limit ?? 50) : 50)));
  const offset = Math.max(0, Math.trunc(Number.isFinite(options.offset) ? (options.offset ?? 0) : 0));

  const entries = await outputEntries(root, options.jobId);
  const page = entries.slice(offset, offset + limit);
  if (page.length === 0) return { items: [], total: entries.length };

  const [timeZone, names] = await Promise.all([resolveZone(options.home, options.timeZone), jobNames(options.home)]);
  const items: CronOutputSummary[] = [];
  for (const e of page) {
    let file: OutputFile;
    try {
      file = await readOutputFile(root, e.jobId, e.stamp);
    } catch (err) {
      // Deleted between listing and reading (job removed): drop it rather than fail the page.
      if (err instanceof HermesHomeError && err.code === 'not_found') continue;
      throw err;
    }
    items.push(toSummary(build(e.jobId, e.stamp, file, timeZone, names)));
  }
  return { items, total: entries.length };
}

/** One cron output by id (`<jobId>/<timestamp>`, validated strictly); throws HermesHomeError not_found / hermes_home_*. */
export async function getCronOutput(options: { home: string; id: string; timeZone?: string }): Promise<CronOutput> {
  const parsed = parseCronOutputId(options.id);
  if (!parsed) throw new HermesHomeError('not_found', 'cron output not found');
  const root = outputRoot(options.home);
  const file = await readOutputFile(root, parsed.jobId, parsed.stamp);
  const [timeZone, names] = await Promise.all([resolveZone(options.home, options.timeZone), jobNames(options.home)]);
  return build(parsed.jobId, parsed.stamp, file, timeZone, names);
}
