import { constants as fsConstants } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { HermesHomeError } from './errors';
import { isMissingError, toHomeError } from './home';

const MAX_READ_BYTES = 8 * 1024 * 1024;

export interface OutputFile {
  text: string;
  size: number;
  truncated: boolean;
  /** ms epoch of the file's last change */
  mtimeMs: number;
}

/** Reads one output file without following symlinks or leaving cron/output; throws HermesHomeError not_found / hermes_home_unreadable. */
export async function readOutputFile(root: string, jobId: string, stamp: string): Promise<OutputFile> {
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
    return { text: buf.subarray(0, bytesRead).toString('utf8'), size: stat.size, truncated: stat.size > MAX_READ_BYTES, mtimeMs: stat.mtimeMs };
  } catch (err) {
    if (err instanceof HermesHomeError) throw err;
    throw toHomeError(err, 'cron output');
  } finally {
    await handle.close();
  }
}
