import fs from 'node:fs/promises';
import path from 'node:path';
import { listCronJobs } from './cron-jobs';
import type { CronOutputStatus } from './cron-markdown';

/** What a list row needs from one run file, independent of the time zone it is read in. */
export interface RunFacts {
  /** From the file's `# Cron Job:` header. */
  jobName: string | null;
  status: CronOutputStatus;
  preview: string;
  sizeBytes: number;
  /** The `**Run Time:**` header value. */
  runTime: string | undefined;
}

// The scheduler writes each run file once and never touches it again, so what a settled file says
// can be kept. A file changed in the last few seconds may still be mid-write, and an empty run may be
// one caught before its text landed; both are read again next time.
const SETTLED_AFTER_MS = 10_000;
// Bounds memory on a years-old install (a heartbeat every 30 minutes is 17,000 runs a year).
const MAX_REMEMBERED_RUNS = 50_000;

const facts = new Map<string, RunFacts>();

function key(root: string, id: string): string {
  return `${root}\n${id}`;
}

/** What an earlier read learned about run `id` under `root`, if it was settled. */
export function rememberedRun(root: string, id: string): RunFacts | undefined {
  return facts.get(key(root, id));
}

/** Keeps the facts of a settled, non-empty run file; `mtimeMs` is the file's. */
export function rememberRun(root: string, id: string, run: RunFacts, mtimeMs: number, now = Date.now()): void {
  if (run.status === 'empty' || now - mtimeMs < SETTLED_AFTER_MS) return;
  if (facts.size >= MAX_REMEMBERED_RUNS) {
    const oldest = facts.keys().next();
    if (!oldest.done) facts.delete(oldest.value);
  }
  facts.set(key(root, id), run);
}

const names = new Map<string, { mtimeMs: number; size: number; names: Map<string, string> }>();

/** Job id → name from cron/jobs.json, parsed again only when the file changes; empty when it is missing or broken. */
export async function getCronJobNames(home: string): Promise<Map<string, string>> {
  const file = path.join(home, 'cron', 'jobs.json');
  try {
    const stat = await fs.stat(file);
    const hit = names.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.names;
    const { jobs } = await listCronJobs({ home });
    const map = new Map(jobs.map((j) => [j.id, j.name]));
    names.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, names: map });
    return map;
  } catch {
    // Names are a nicety; a broken jobs.json must not hide the outputs.
    return new Map();
  }
}
