import { z } from 'zod';
import { backupIdSchema } from './backups';
import { relativePathSchema } from './relative-path';

export const fileVersionSchema = z.strictObject({
  size: z.number().int().min(0),
  mtimeMs: z.number().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex'),
});

/** `?path=` of the listing (default: the root) and of one file. */
export const folderQuerySchema = z.object({ path: relativePathSchema.default('') });
export const fileQuerySchema = z.object({ path: relativePathSchema.refine((p) => p !== '', 'must name a file') });
export const backupQuerySchema = fileQuerySchema.extend({ id: backupIdSchema });

export const saveBodySchema = z.strictObject({
  path: relativePathSchema.refine((p) => p !== '', 'must name a file'),
  content: z.string(),
  base: fileVersionSchema,
});

export const restoreBodySchema = z.strictObject({
  path: relativePathSchema.refine((p) => p !== '', 'must name a file'),
  backup: backupIdSchema,
  base: fileVersionSchema,
});

/** The query of a GET as a plain object for a schema. */
export function queryOf(req: Request): Record<string, string> {
  return Object.fromEntries(new URL(req.url).searchParams);
}

export const memoryParamsSchema = z.object({ target: z.enum(['memory', 'user']) });

/** One change to one memory entry; `original` is the entry's text as the user saw it. */
export const memoryChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), text: z.string().max(100_000) }),
  z.strictObject({ op: z.literal('replace'), original: z.string().min(1).max(100_000), text: z.string().max(100_000) }),
  z.strictObject({ op: z.literal('remove'), original: z.string().min(1).max(100_000) }),
]);
