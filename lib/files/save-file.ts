import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/http/app-error';
import { keepBackup } from './backups';
import { classifyBytes } from './classify-content';
import { FilesError } from './files-error';
import { EDITING_OFF, filesContext, type FilesContext } from './files-context';
import { withFileLock } from './file-lock';
import { languageOf } from './language';
import { MAX_FILE_BYTES } from './limits';
import { resolveInRoot, type ResolvedPath } from './path-guard';
import { readResolvedFile, tooLargeMessage, type FileBytes } from './read-bytes';
import { replaceFileAtomically } from './atomic-write';
import type { ConflictDetails, FileVersion, SavedFile } from './types';
import { assertValidSyntax } from './validate-content';
import { sameContent, versionOf } from './version';
import { checkWritable, writeRefusal } from './writability';

export interface SaveInput {
  path: string;
  content: string;
  /** The version the editor loaded; the save is refused if the file no longer has it. */
  base: FileVersion;
}

function conflict(rel: string, current: FileBytes): FilesError<ConflictDetails> {
  const text = classifyBytes(current.bytes) === 'text' ? current.bytes.toString('utf8') : null;
  return new FilesError<ConflictDetails>(
    'conflict',
    `${rel} changed on disk since you opened it (the agent may have rewritten it). Nothing was saved; compare the two versions and choose.`,
    { current: { version: versionOf(current.bytes, current.stats), content: text } },
  );
}

async function refuseUnlessWritable(resolved: ResolvedPath, editingEnabled: boolean): Promise<void> {
  const writable = await checkWritable(resolved.real, resolved.stats, editingEnabled);
  if (!writable.writable) throw new AppError('forbidden', writable.reason);
}

/** The replace itself, with fs permission errors turned into the sentence that says what to change. */
async function replace(resolved: ResolvedPath, bytes: Buffer, current: fs.Stats): Promise<void> {
  try {
    await replaceFileAtomically(resolved.real, bytes, { mode: current.mode, owner: { uid: current.uid, gid: current.gid } });
  } catch (error) {
    const reason = writeRefusal(error);
    if (reason) throw new AppError('forbidden', reason, { cause: error });
    throw error;
  }
}

/**
 * Saves text over an existing file, safely: only with edits enabled and a writable mount; YAML and
 * JSON must parse (400 with line and column); the file must still be the version the editor loaded
 * (409 with the current content otherwise, never a clobber); the old version is kept as a backup;
 * the write is atomic with the old permissions. Throws AppError.
 */
export async function saveFile(input: SaveInput, ctx: FilesContext = filesContext()): Promise<SavedFile> {
  if (!ctx.writable) throw new AppError('forbidden', EDITING_OFF);
  const bytes = Buffer.from(input.content, 'utf8');
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('too_large', tooLargeMessage(input.path, bytes.length));
  const resolved = await resolveInRoot(ctx.root, input.path);
  if (!resolved.stats.isFile()) throw new AppError('bad_request', `${input.path} is not a file.`);
  const name = path.posix.basename(resolved.realRel);
  assertValidSyntax(path.posix.basename(input.path), languageOf(name).syntax, input.content);
  await refuseUnlessWritable(resolved, ctx.writable);

  return withFileLock(resolved.real, async () => {
    // Resolved again under the lock: an earlier save may have replaced the file (a new inode).
    const fresh = await resolveInRoot(ctx.root, input.path);
    const current = await readResolvedFile(fresh);
    if (classifyBytes(current.bytes) !== 'text') throw new AppError('bad_request', `${input.path} is not a text file.`);
    const currentVersion = versionOf(current.bytes, current.stats);
    if (!sameContent(currentVersion, input.base)) throw conflict(input.path, current);
    if (current.bytes.equals(bytes)) return { path: input.path, version: currentVersion, backup: null };

    const backup = await keepBackup(ctx.dataDir, fresh.realRel, current.bytes, currentVersion);
    // The agent may have written while the backup was made: look once more, as late as possible.
    const latest = await fs.promises.lstat(fresh.real);
    if (latest.ino !== current.stats.ino || latest.size !== current.stats.size || latest.mtimeMs !== current.stats.mtimeMs) {
      throw conflict(input.path, await readResolvedFile(await resolveInRoot(ctx.root, input.path)));
    }
    await replace(fresh, bytes, current.stats);
    const written = await fs.promises.stat(fresh.real);
    return { path: input.path, version: versionOf(bytes, written), backup };
  });
}
