import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/http/app-error';
import { errnoOf } from './errno';
import { pathSegments, relativePathProblem } from './relative-path';
import { secretMessage, secretSegment } from './secret-names';

/** Symlinks followed in one path before giving up, like the kernel's ELOOP limit. */
const MAX_SYMLINK_HOPS = 40;

export interface ResolvedPath {
  /** The path as the client named it, relative to the root. */
  rel: string;
  /** Where it really is, every symlink resolved; always inside `rootReal`. */
  real: string;
  /** `real` relative to the root, `/`-separated (`''` for the root). */
  realRel: string;
  rootReal: string;
  /** lstat of `real` (never a symlink). */
  stats: fs.Stats;
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function notFound(rel: string, cause?: unknown): AppError {
  return new AppError('not_found', `${rel || 'The files root'} does not exist.`, { cause });
}

/**
 * Checks a client path before any fs call: shape (no `..`, encodings, absolute paths, backslashes,
 * NUL) → 400, secret names → 403. Pure; throws AppError.
 */
export function checkRequestPath(rel: string): string[] {
  const problem = relativePathProblem(rel);
  if (problem) throw new AppError('bad_request', `The path ${problem}.`);
  const segments = pathSegments(rel);
  const secret = secretSegment(segments);
  if (secret) throw new AppError('forbidden', secretMessage(secret));
  return segments;
}

/**
 * Walks `segments` from the real root one name at a time with lstat, reading each symlink and
 * checking its target lexically before following it, so a link out of the root is refused without
 * the disk outside the root ever being touched (a plain realpath would stat the outside target).
 */
async function walk(rootReal: string, rel: string, segments: string[]): Promise<{ real: string; stats: fs.Stats }> {
  let current = rootReal;
  let stats = await fs.promises.lstat(rootReal);
  const pending = [...segments];
  let hops = 0;
  while (pending.length > 0) {
    const name = pending.shift() ?? '';
    if (!stats.isDirectory()) throw notFound(rel);
    const next = path.join(current, name);
    try {
      stats = await fs.promises.lstat(next);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') throw notFound(rel, error);
      throw error;
    }
    if (!stats.isSymbolicLink()) {
      current = next;
      continue;
    }
    hops += 1;
    if (hops > MAX_SYMLINK_HOPS) throw new AppError('bad_request', `${rel} has too many levels of symbolic links.`);
    // `current` is already fully resolved, so `..` in the target is resolved lexically and correctly.
    const target = path.resolve(current, await fs.promises.readlink(next));
    if (!isInside(rootReal, target)) throw new AppError('forbidden', `${rel} is a link that leads outside the files root, so Paddock does not follow it.`);
    pending.unshift(...path.relative(rootReal, target).split(path.sep).filter(Boolean));
    current = rootReal;
    stats = await fs.promises.lstat(rootReal);
  }
  return { real: current, stats };
}

/**
 * Resolves a client path to a real location inside `root`: shape and secret checks first (no fs),
 * then a symlink-aware walk that never leaves the root, then the secret check again on where the
 * path really leads. Throws AppError 400 / 403 / 404.
 */
export async function resolveInRoot(root: string, rel: string): Promise<ResolvedPath> {
  const segments = checkRequestPath(rel);
  const rootReal = await fs.promises.realpath(root);
  const { real, stats } = await walk(rootReal, rel, segments);
  const realRel = path.relative(rootReal, real).split(path.sep).join('/');
  const secret = secretSegment(pathSegments(realRel));
  if (secret) throw new AppError('forbidden', secretMessage(secret));
  return { rel, real, realRel, rootReal, stats };
}
