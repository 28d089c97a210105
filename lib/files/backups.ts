import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import { errnoOf } from './errno';
import { MAX_BACKUPS_PER_FILE } from './limits';
import type { BackupInfo, FileVersion } from './types';

/** `20261124T081512345Z-1a2b3c4d`: when the version was replaced, then the start of its sha256. */
export const backupIdSchema = z.string().regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/, 'must be a backup id');
const BACKUP_FILE = /^(\d{8}T\d{9}Z)-([0-9a-f]{8})\.bak$/;

/**
 * Backups live in Paddock's DATA_DIR, not beside the file: the agent's home stays as the agent
 * wrote it, and a read-only-but-for-this-file mount still gets backups. One folder per file, named
 * by a hash of its path, with the path written inside for people looking at the folder.
 */
function folderOf(dataDir: string, realRel: string): string {
  return path.join(dataDir, 'file-backups', crypto.createHash('sha256').update(realRel).digest('hex').slice(0, 32));
}

function stampOf(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

function msOf(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7])) : 0;
}

/** Keeps `bytes` (the version about to be replaced) as a backup of `realRel`; prunes the oldest beyond the limit. */
export async function keepBackup(dataDir: string, realRel: string, bytes: Buffer, version: FileVersion): Promise<BackupInfo> {
  const folder = folderOf(dataDir, realRel);
  await fs.promises.mkdir(folder, { recursive: true, mode: 0o700 });
  await fs.promises.writeFile(path.join(folder, 'path.txt'), `${realRel}\n`, { mode: 0o600 });
  const savedAt = Date.now();
  const id = `${stampOf(savedAt)}-${version.sha256.slice(0, 8)}`;
  try {
    await fs.promises.writeFile(path.join(folder, `${id}.bak`), bytes, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // The same content replaced within the same millisecond is already kept.
    if (errnoOf(error) !== 'EEXIST') throw error;
  }
  await prune(folder);
  return { id, savedAt, size: bytes.length, sha256: version.sha256 };
}

async function backupFiles(folder: string): Promise<string[]> {
  try {
    return (await fs.promises.readdir(folder)).filter((name) => BACKUP_FILE.test(name)).sort().reverse();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
}

async function prune(folder: string): Promise<void> {
  for (const name of (await backupFiles(folder)).slice(MAX_BACKUPS_PER_FILE)) await fs.promises.rm(path.join(folder, name), { force: true });
}

/** The kept versions of `realRel`, newest first. */
export async function listBackups(dataDir: string, realRel: string): Promise<BackupInfo[]> {
  const folder = folderOf(dataDir, realRel);
  const out: BackupInfo[] = [];
  for (const name of await backupFiles(folder)) {
    const [, stamp = '', sha = ''] = BACKUP_FILE.exec(name) ?? [];
    const bytes = await fs.promises.readFile(path.join(folder, name));
    out.push({ id: `${stamp}-${sha}`, savedAt: msOf(stamp), size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') });
  }
  return out;
}

/** The bytes of one kept version; throws AppError not_found. */
export async function readBackup(dataDir: string, realRel: string, id: string): Promise<Buffer> {
  const file = path.join(folderOf(dataDir, realRel), `${backupIdSchema.parse(id)}.bak`);
  try {
    return await fs.promises.readFile(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw new AppError('not_found', 'That backup no longer exists; only the newest versions are kept.', { cause: error });
    throw error;
  }
}
