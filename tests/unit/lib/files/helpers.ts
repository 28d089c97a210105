import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { FilesContext } from '@/lib/files/files-context';

const made: string[] = [];

/** A fresh temp dir (its real path), removed by cleanupTemp(). */
export function tempDir(prefix = 'paddock-files-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

export function cleanupTemp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes files (relative path → content) under `root`, making folders as needed. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** A root with a few agent files and a data dir beside it, for the file functions. */
export function makeContext(files: Record<string, string | Buffer> = {}, writable = true): FilesContext & { outside: string } {
  const base = tempDir();
  const root = path.join(base, 'home');
  const dataDir = path.join(base, 'data');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(root);
  fs.mkdirSync(dataDir);
  fs.mkdirSync(outside);
  writeTree(root, files);
  return { root, dataDir, writable, outside };
}

const SPIED = ['lstat', 'stat', 'realpath', 'readlink', 'open', 'readdir', 'readFile', 'writeFile', 'access', 'rename', 'mkdir', 'rm', 'opendir'] as const;

/**
 * Records the path of every fs.promises call while it runs. Used to prove that refused paths never
 * reach the disk at all, and that a symlink out of the root is refused without reading outside it.
 */
export function recordFsCalls(): { paths: string[]; restore: () => void } {
  const paths: string[] = [];
  const spies = SPIED.map((method) => {
    const original = fs.promises[method] as (...args: unknown[]) => unknown;
    return vi.spyOn(fs.promises, method).mockImplementation(((...args: unknown[]) => {
      paths.push(String(args[0]));
      return original.apply(fs.promises, args);
    }) as never);
  });
  return { paths, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}
