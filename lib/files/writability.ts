import fs from 'node:fs';
import path from 'node:path';
import { errnoOf } from './errno';
import { EDITING_OFF } from './files-context';
import type { Writability } from './types';

/** The sentence for an fs error that stops a write, by errno; undefined for errors that are not about permission. */
export function writeRefusal(error: unknown): string | undefined {
  switch (errnoOf(error)) {
    case 'EROFS':
      return 'This folder is mounted read-only, so Paddock cannot save here. Mount HERMES_HOME read-write to edit it.';
    case 'EACCES':
    case 'EPERM':
      return 'Paddock’s user is not allowed to write here. Run Paddock as the same user as the Hermes agent.';
    default:
      return undefined;
  }
}

/**
 * Whether a save to `real` (an existing regular file) could succeed: edits enabled, the file and its
 * folder writable (the atomic rename needs the folder), and the file ours, since replacing it would
 * otherwise hand it to Paddock's user and could lock the agent out of its own file.
 */
export async function checkWritable(real: string, stats: fs.Stats, editingEnabled: boolean): Promise<Writability> {
  if (!editingEnabled) return { writable: false, reason: EDITING_OFF };
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && stats.uid !== uid) {
    return { writable: false, reason: 'This file belongs to another user; saving would change its owner. Run Paddock as the agent’s user.' };
  }
  try {
    await fs.promises.access(real, fs.constants.W_OK);
    await fs.promises.access(path.dirname(real), fs.constants.W_OK);
  } catch (error) {
    const reason = writeRefusal(error);
    if (reason) return { writable: false, reason };
    throw error;
  }
  return { writable: true };
}
