import { z } from 'zod';

export const MAX_RELATIVE_PATH_CHARS = 512;

/** A name Paddock refuses to serve or descend into: dot-files may hold secrets (.env), the rest is tooling noise. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.');
}

/** Folders Hermes never treats as skills (agent/skill_utils.py EXCLUDED_SKILL_DIRS), plus every dot-folder. */
const EXCLUDED_DIRS = new Set(['node_modules', 'venv', 'site-packages', '__pycache__']);

export function isExcludedDir(name: string): boolean {
  return isHiddenName(name) || EXCLUDED_DIRS.has(name);
}

function segmentProblem(segment: string): string | null {
  if (segment === '' || segment === '.' || segment === '..') return 'must not contain empty, "." or ".." parts';
  if (isHiddenName(segment)) return 'must not name hidden files or folders';
  return null;
}

/**
 * A relative path inside one folder: forward slashes, no "..", ".", empty or hidden parts, no
 * backslash or NUL, not absolute. Checked again against the real path on disk before anything is read.
 */
export const relativePathSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_RELATIVE_PATH_CHARS, `must be at most ${MAX_RELATIVE_PATH_CHARS} characters`)
  .refine((v) => !/[\\\0]/.test(v), 'must not contain backslashes or NUL')
  .refine((v) => !v.startsWith('/'), 'must be relative')
  .superRefine((v, ctx) => {
    for (const segment of v.split('/')) {
      const problem = segmentProblem(segment);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return;
      }
    }
  });

/** A skill's id: its folder under skills/ ("research/arxiv"), or a name from the gateway. */
export const skillIdSchema = relativePathSchema;

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    // Left encoded, a stray % fails nothing dangerous; the folder simply does not exist.
    return raw;
  }
}

/**
 * A catch-all route segment list (`[...id]`) joined back into an id. Segments are decoded here
 * (Next may hand them over still percent-encoded), so "%2E%2E" is caught as "..".
 */
export const skillIdParamsSchema = z.object({
  id: z
    .array(z.string())
    .min(1)
    .transform((parts) => parts.map(decodeSegment).join('/'))
    .pipe(skillIdSchema),
});

/** A skill's URL path part, each segment encoded. */
export function skillIdToUrl(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}
