import { AppError } from '@/lib/http/app-error';
import { listBackups, readBackup } from './backups';
import { classifyBytes } from './classify-content';
import { filesContext, type FilesContext } from './files-context';
import { resolveInRoot } from './path-guard';
import { saveFile } from './save-file';
import type { BackupInfo, FileVersion, SavedFile } from './types';

/** The kept versions of one file, newest first. Throws AppError like resolveInRoot. */
export async function listFileBackups(rel: string, ctx: FilesContext = filesContext()): Promise<BackupInfo[]> {
  const resolved = await resolveInRoot(ctx.root, rel);
  return listBackups(ctx.dataDir, resolved.realRel);
}

/** The text of one kept version, e.g. to compare it with the file. Throws AppError 404 for an unknown id. */
export async function readFileBackup(rel: string, id: string, ctx: FilesContext = filesContext()): Promise<{ id: string; content: string }> {
  const resolved = await resolveInRoot(ctx.root, rel);
  const bytes = await readBackup(ctx.dataDir, resolved.realRel, id);
  if (classifyBytes(bytes) !== 'text') throw new AppError('bad_request', 'That backup is not text.');
  return { id, content: bytes.toString('utf8') };
}

/**
 * Puts a kept version back. It is an ordinary save of the backup's text, so it obeys every save
 * rule: the file must still be at `base`, and the version it replaces is itself kept.
 */
export async function restoreFileBackup(input: { path: string; backup: string; base: FileVersion }, ctx: FilesContext = filesContext()): Promise<SavedFile> {
  const { content } = await readFileBackup(input.path, input.backup, ctx);
  return saveFile({ path: input.path, content, base: input.base }, ctx);
}
