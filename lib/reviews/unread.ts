import { getCronOutputSummaries, listCronOutputIds, type CronOutputStatus } from '@/lib/hermes-home';
import { markRead, readOutputIds } from '@/lib/store/review-reads';

/** A run the person should read: an answer or a failure. Silent and empty runs say nothing. */
export function needsReading(status: CronOutputStatus): boolean {
  return status === 'ok' || status === 'failed';
}

/**
 * Ids of unread runs worth reading, newest first; `ids` are every run id when the caller has listed
 * them already. Only runs without a read mark are looked at to learn their status, and a settled run
 * file is read once per process (lib/hermes-home remembers its status). A silent run is recorded as
 * read the first time it is seen, so a heartbeat that says [SILENT] every 30 minutes is looked at
 * once ever. Empty runs are not recorded: a file caught half-written reads as empty, and it must be
 * looked at again. Runs deleted between listing and reading are gone, not unread.
 */
export async function unreadReviewIds(home: string, ids?: readonly string[]): Promise<string[]> {
  const all = ids ?? (await listCronOutputIds({ home }));
  const read = readOutputIds(all);
  // The zone only shapes runAt, which a count does not need; passing one skips reading config.yaml.
  const candidates = await getCronOutputSummaries({ home, ids: all.filter((id) => !read.has(id)), timeZone: 'UTC' });
  const unread: string[] = [];
  const silent: string[] = [];
  for (const run of candidates) {
    if (needsReading(run.status)) unread.push(run.id);
    else if (run.status === 'silent') silent.push(run.id);
  }
  if (silent.length) markRead(silent);
  return unread;
}
