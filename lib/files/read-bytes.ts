import fs from 'node:fs';
import { AppError } from '@/lib/http/app-error';
import { MAX_FILE_BYTES } from './limits';
import type { ResolvedPath } from './path-guard';

export interface FileBytes {
  bytes: Buffer;
  stats: fs.Stats;
}

function formatBytes(n: number): string {
  return n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The sentence for a file over the size limit. */
export function tooLargeMessage(name: string, size: number): string {
  return `${name} is ${formatBytes(size)}; Paddock opens files up to ${formatBytes(MAX_FILE_BYTES)}. Use the terminal for bigger files.`;
}

/**
 * Reads a resolved regular file. O_NOFOLLOW and the inode check make sure what is read is the file
 * the guard checked, even if it was swapped for a symlink in between. Throws AppError 400 for a
 * folder or special file, 409 when it changed under us, 413 above the size limit.
 */
export async function readResolvedFile(resolved: ResolvedPath): Promise<FileBytes> {
  if (resolved.stats.isDirectory()) throw new AppError('bad_request', `${resolved.rel} is a folder, not a file.`);
  if (!resolved.stats.isFile()) throw new AppError('bad_request', `${resolved.rel} is not a regular file.`);
  const handle = await fs.promises.open(resolved.real, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    const stats = await handle.stat();
    if (stats.ino !== resolved.stats.ino || stats.dev !== resolved.stats.dev) {
      throw new AppError('conflict', `${resolved.rel} was replaced while Paddock was opening it. Try again.`);
    }
    if (stats.size > MAX_FILE_BYTES) throw new AppError('too_large', tooLargeMessage(resolved.rel, stats.size));
    return { bytes: await handle.readFile(), stats };
  } finally {
    await handle.close();
  }
}
