import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The errno code of an fs error ("ENOENT", "ELOOP"…), or undefined; never throws. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** fs errors that mean "nothing readable there": missing, a link where a file was required, a folder. */
export function isNothingThere(error: unknown): boolean {
  return ['ENOENT', 'ENOTDIR', 'ELOOP', 'EISDIR'].includes(errnoCode(error) ?? '');
}

/** True when `child` is `parent` or below it; both must already be real (symlink-free) absolute paths. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface ReadPrefix {
  bytes: Buffer;
  /** The file's whole size; more than `bytes.length` when it was cut at the cap. */
  size: number;
}

/**
 * Reads at most `maxBytes` of a regular file, refusing a symlink as the last component (O_NOFOLLOW)
 * and anything that is not a regular file. Throws the fs error (ENOENT, ELOOP, EISDIR…) for the caller to map.
 */
export async function readFilePrefix(file: string, maxBytes: number): Promise<ReadPrefix> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: 'EISDIR' });
    const length = Math.min(stat.size, maxBytes);
    const bytes = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(bytes, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), size: stat.size };
  } finally {
    await handle.close();
  }
}

/** Binary by the usual heuristics: a NUL byte, or bytes that are not UTF-8 (a cut at the cap may split one character, which is allowed). */
export function looksBinary(bytes: Buffer, cut: boolean): boolean {
  if (bytes.includes(0)) return true;
  try {
    // `stream` tolerates an unfinished character at the end, which a cut at the cap can leave.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut });
    return false;
  } catch {
    return true;
  }
}
