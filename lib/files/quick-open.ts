import fs from 'node:fs';
import path from 'node:path';
import { filesContext, type FilesContext } from './files-context';
import { relativePathProblem } from './relative-path';
import { QUICK_OPEN_MAX_DEPTH, QUICK_OPEN_MAX_FILES } from './limits';
import { isSecretName } from './secret-names';
import type { QuickOpenIndex } from './types';

/** Folders of tools and caches: thousands of files nobody opens by name. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.cache', '.mypy_cache', '.pytest_cache']);

/**
 * Every openable file under the root, for quick open: breadth first, so shallow files come first
 * when the walk is cut short, without following symlinks, and without secrets.
 */
export async function quickOpenIndex(ctx: FilesContext = filesContext()): Promise<QuickOpenIndex> {
  const rootReal = await fs.promises.realpath(ctx.root);
  const files: string[] = [];
  let level: string[] = [''];
  for (let depth = 0; depth <= QUICK_OPEN_MAX_DEPTH && level.length > 0; depth += 1) {
    const next: string[] = [];
    for (const dir of level) {
      // A folder Paddock may not read is left out of the index; opening it directly still says why.
      const entries = await fs.promises.readdir(path.join(rootReal, dir), { withFileTypes: true }).catch(() => []);
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (isSecretName(entry.name) || relativePathProblem(entry.name)) continue;
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) next.push(rel);
        else if (entry.isFile()) files.push(rel);
        if (files.length >= QUICK_OPEN_MAX_FILES) return { files, truncated: true };
      }
    }
    level = next;
  }
  return { files, truncated: level.length > 0 };
}
