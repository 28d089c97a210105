import path from 'node:path';
import { AppError } from '@/lib/http/app-error';
import { classifyBytes } from './classify-content';
import { filesContext, type FilesContext } from './files-context';
import { MAX_FILE_BYTES } from './limits';
import { resolveInRoot } from './path-guard';
import { readResolvedFile } from './read-bytes';
import { secretMessage } from './secret-names';
import type { FileDoc } from './types';
import { versionOf } from './version';
import { checkWritable } from './writability';

/**
 * One file for the viewer and the editor: its text and version when it is text, or just its size
 * when it is binary or too large; whether it can be saved and if not, why. Throws AppError
 * (400 bad path or a folder, 403 secret or outside the root, 404 missing).
 */
export async function readFileDoc(rel: string, ctx: FilesContext = filesContext()): Promise<FileDoc> {
  const resolved = await resolveInRoot(ctx.root, rel);
  const name = path.posix.basename(rel) || rel;
  const base = { path: rel, name, size: resolved.stats.size, mtimeMs: resolved.stats.mtimeMs };
  if (resolved.stats.isFile() && resolved.stats.size > MAX_FILE_BYTES) {
    return { ...base, kind: 'too_large', content: null, version: null, editable: { writable: false, reason: 'This file is too large to edit in Paddock.' } };
  }
  const { bytes, stats } = await readResolvedFile(resolved);
  const kind = classifyBytes(bytes);
  if (kind === 'database') throw new AppError('forbidden', secretMessage(name));
  const common = { ...base, size: bytes.length, mtimeMs: stats.mtimeMs };
  if (kind === 'binary') {
    return { ...common, kind: 'binary', content: null, version: null, editable: { writable: false, reason: 'Binary files are not edited in Paddock.' } };
  }
  return {
    ...common,
    kind: 'text',
    content: bytes.toString('utf8'),
    version: versionOf(bytes, stats),
    editable: await checkWritable(resolved.real, stats, ctx.writable),
  };
}
