import { z } from 'zod';
import { MAX_PATH_CHARS } from './limits';

// Control characters, NUL included: no agent file has them in its name, and NUL truncates C paths.
const CONTROL = /[\u0000-\u001f\u007f]/;
// A percent-encoded byte left after the one decoding the URL parser did: `%2e%2e`, `%252e`, `%2f`.
const ENCODED = /%[0-9a-f]{2}/i;
const DRIVE = /^[a-z]:/i;

/**
 * Why `input` cannot name something under the files root, or null when it can. Pure (no fs call), so
 * every traversal attempt is refused before the disk is touched. Paths are relative, `/`-separated,
 * with no empty, `.` or `..` segment; `''` is the root itself.
 */
export function relativePathProblem(input: string): string | null {
  if (input === '') return null;
  if (input.length > MAX_PATH_CHARS) return `is longer than ${MAX_PATH_CHARS} characters`;
  if (CONTROL.test(input)) return 'contains a control character';
  if (input.includes('\\')) return 'contains a backslash; use / between folders';
  if (ENCODED.test(input)) return 'contains a percent-encoded character';
  if (input.startsWith('/') || input.startsWith('~') || DRIVE.test(input)) return 'must be relative to the files root';
  for (const segment of input.split('/')) {
    if (segment === '') return 'has an empty folder name (// or a trailing /)';
    if (segment === '.' || segment === '..') return 'must not contain . or .. segments';
  }
  return null;
}

/** The segments of a path relativePathProblem accepted; `''` gives none. */
export function pathSegments(rel: string): string[] {
  return rel === '' ? [] : rel.split('/');
}

/** A client-supplied path under the files root (see relativePathProblem); `''` means the root. */
export const relativePathSchema = z.string().superRefine((value, ctx) => {
  const problem = relativePathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
