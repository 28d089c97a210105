import { openStore } from './db';

/**
 * Jobs whose runs send no notification. Every job notifies unless muted here, so a job created
 * tomorrow announces its runs without a visit to Settings first.
 */
export function mutedJobIds(): Set<string> {
  const ids = openStore().prepare('SELECT job_id FROM push_muted_jobs').pluck().all();
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

/** Turns one job's notifications on or off (for every device). */
export function setJobMuted(jobId: string, muted: boolean, now = Date.now()): void {
  const db = openStore();
  if (muted) db.prepare('INSERT INTO push_muted_jobs (job_id, muted_at) VALUES (?, ?) ON CONFLICT(job_id) DO NOTHING').run(jobId, now);
  else db.prepare('DELETE FROM push_muted_jobs WHERE job_id = ?').run(jobId);
}
