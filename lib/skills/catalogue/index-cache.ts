import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { IndexValidators } from './index-download';

/** What is known about the cached copy, kept beside it in DATA_DIR. */
export interface CacheMeta {
  url: string;
  /** ms epoch the copy was downloaded */
  fetchedAt: number;
  /** ms epoch the source was last asked (a "not modified" answer moves this, not fetchedAt) */
  checkedAt: number;
  validators: IndexValidators;
}

const metaSchema = z.object({
  url: z.string(),
  fetchedAt: z.number(),
  checkedAt: z.number(),
  validators: z.object({ etag: z.string().nullable(), lastModified: z.string().nullable() }),
});

export function cacheDir(dataDir: string): string {
  return path.join(dataDir, 'skills-index');
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, text, { mode: 0o600 });
  await fs.rename(tmp, file);
}

/** The cached index text and its meta, or null when there is none or it is unreadable (then it is fetched again). */
export async function readIndexCache(dataDir: string): Promise<{ text: string; meta: CacheMeta } | null> {
  const dir = cacheDir(dataDir);
  try {
    const meta = metaSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, 'meta.json'), 'utf8')));
    if (!meta.success) return null;
    return { text: await fs.readFile(path.join(dir, 'index.json'), 'utf8'), meta: meta.data };
  } catch {
    // No cache yet, or a half-written one from a crash: either way the next fetch rebuilds it.
    return null;
  }
}

/** Replaces the cached copy; the index first, so meta never describes a file that is not there. */
export async function writeIndexCache(dataDir: string, text: string, meta: CacheMeta): Promise<void> {
  const dir = cacheDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await writeAtomic(path.join(dir, 'index.json'), text);
  await writeAtomic(path.join(dir, 'meta.json'), JSON.stringify(meta));
}

/** Records a "not modified" check without rewriting the index. */
export async function writeCacheMeta(dataDir: string, meta: CacheMeta): Promise<void> {
  await fs.mkdir(cacheDir(dataDir), { recursive: true, mode: 0o700 });
  await writeAtomic(path.join(cacheDir(dataDir), 'meta.json'), JSON.stringify(meta));
}
