import crypto from 'node:crypto';
import type { FileVersion } from './types';

/** The version of `bytes` as read with `stats`. */
export function versionOf(bytes: Buffer, stats: { mtimeMs: number }): FileVersion {
  return { size: bytes.length, mtimeMs: stats.mtimeMs, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/**
 * True when both versions hold the same bytes. The mtime is left out on purpose: a `touch` or a
 * rewrite with identical content loses nothing, so it is no reason to refuse a save.
 */
export function sameContent(a: FileVersion, b: FileVersion): boolean {
  return a.sha256 === b.sha256 && a.size === b.size;
}
