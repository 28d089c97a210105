import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errnoOf } from './errno';

export interface ReplaceOptions {
  /** Permission bits for the new file (the old file's). */
  mode: number;
  /** Owner to give the new file when running as root, so the agent keeps owning its files. */
  owner?: { uid: number; gid: number };
}

/**
 * Replaces `target` with `bytes` so a reader (the agent) sees either the old file or the new one,
 * never half of either: write a temporary file in the same folder (same filesystem), flush it to
 * disk, give it the old permissions, then rename it over the target. On failure the temporary file
 * is removed and the target is untouched.
 */
export async function replaceFileAtomically(target: string, bytes: Buffer, options: ReplaceOptions): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.paddock-${crypto.randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.promises.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      // chmod after open: the mode given to open() is reduced by the umask.
      await handle.chmod(options.mode & 0o7777);
      if (options.owner && process.getuid?.() === 0) await handle.chown(options.owner.uid, options.owner.gid);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

/** Flushes the folder entry so the rename survives a power cut; some filesystems refuse, which loses nothing else. */
async function syncFolder(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = errnoOf(error);
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw error;
  } finally {
    await handle?.close();
  }
}
