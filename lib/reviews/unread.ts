import { getCronOutput, HermesHomeError, listCronOutputIds, type CronOutputStatus } from '@/lib/hermes-home';
import { markRead, readOutputIds } from '@/lib/store/review-reads';

/** A run the person should read: an answer or a failure. Silent and empty runs say nothing. */
export function needsReading(status: CronOutputStatus): boolean {
  return status === 'ok' || status === 'failed';
}

/**
 * Ids of unread runs worth reading, newest first. Only runs without a read mark are opened to learn
 * their status. A silent run is recorded as read the first time it is seen, so a heartbeat that says
 * [SILENT] every 30 minutes costs one file read per run ever, not one per count. Empty runs are not
 * recorded: a file caught half-written reads as empty, and it must be looked at again.
 */
export async function unreadReviewIds(home: string): Promise<string[]> {
  const ids = await listCronOutputIds({ home });
  const read = readOutputIds(ids);
  const unread: string[] = [];
  const silent: string[] = [];
  for (const id of ids) {
    if (read.has(id)) continue;
    let status: CronOutputStatus;
    try {
      // The zone only shapes runAt, which a count does not need; passing one skips reading config.yaml.
      status = (await getCronOutput({ home, id, timeZone: 'UTC' })).status;
    } catch (error) {
      // Deleted between listing and reading: it is gone, not unread.
      if (error instanceof HermesHomeError && error.code === 'not_found') continue;
      throw error;
    }
    if (needsReading(status)) unread.push(id);
    else if (status === 'silent') silent.push(id);
  }
  if (silent.length) markRead(silent);
  return unread;
}
