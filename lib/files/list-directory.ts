import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/http/app-error';
import { filesContext, type FilesContext } from './files-context';
import { MAX_LIST_ENTRIES } from './limits';
import { resolveInRoot } from './path-guard';
import { relativePathProblem } from './relative-path';
import { isSecretName } from './secret-names';
import type { DirEntry, DirListing, EntryKind } from './types';

function kindOf(stats: fs.Stats): EntryKind {
  if (stats.isDirectory()) return 'dir';
  if (stats.isFile()) return 'file';
  return 'other';
}

/** One entry; a symlink is described by where it leads, resolved by the same guard as any path. */
async function describe(ctx: FilesContext, dirRel: string, name: string, lstats: fs.Stats): Promise<DirEntry> {
  const rel = dirRel ? `${dirRel}/${name}` : name;
  const entry: DirEntry = { name, path: rel, kind: kindOf(lstats), size: lstats.isFile() ? lstats.size : null, mtimeMs: lstats.mtimeMs, link: false, blocked: null };
  if (isSecretName(name)) return { ...entry, blocked: 'Holds secrets or a database: never opened in Paddock.' };
  if (relativePathProblem(name)) return { ...entry, blocked: 'Its name has characters Paddock does not accept in a path.' };
  if (!lstats.isSymbolicLink()) return entry;
  try {
    const target = await resolveInRoot(ctx.root, rel);
    return { ...entry, link: true, kind: kindOf(target.stats), size: target.stats.isFile() ? target.stats.size : null, mtimeMs: target.stats.mtimeMs };
  } catch (error) {
    if (error instanceof AppError) return { ...entry, link: true, blocked: error.message };
    throw error;
  }
}

/**
 * One folder's entries, folders first then by name, with size and modified time. Secrets are listed
 * (so the user knows they exist) but marked blocked. Throws AppError like resolveInRoot, or 400 for a file.
 */
export async function listDirectory(rel: string, ctx: FilesContext = filesContext()): Promise<DirListing> {
  const resolved = await resolveInRoot(ctx.root, rel);
  if (!resolved.stats.isDirectory()) throw new AppError('bad_request', `${rel} is a file, not a folder.`);
  const names = (await fs.promises.readdir(resolved.real)).sort((a, b) => a.localeCompare(b));
  const shown = names.slice(0, MAX_LIST_ENTRIES);
  const entries = await Promise.all(
    shown.map(async (name) => describe(ctx, rel, name, await fs.promises.lstat(path.join(resolved.real, name)))),
  );
  entries.sort((a, b) => (a.kind === 'dir' ? 0 : 1) - (b.kind === 'dir' ? 0 : 1) || a.name.localeCompare(b.name));
  return { path: rel, entries, truncated: names.length > shown.length };
}
