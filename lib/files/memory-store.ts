import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import { FilesError } from './files-error';
import { filesContext, type FilesContext } from './files-context';
import { applyChange, entryProblem, joinEntries, memoryChars, splitEntries, type MemoryChange } from './memory-entries';
import type { MemoryConflictDetails, MemoryDoc, MemoryTarget } from './memory-types';
import { readFileDoc } from './read-file';
import { saveFile } from './save-file';

const FILE_OF: Readonly<Record<MemoryTarget, string>> = { memory: 'MEMORY.md', user: 'USER.md' };
/** Hermes's defaults (tools/memory_tool.py) when config.yaml sets no limit. */
const DEFAULT_LIMIT: Readonly<Record<MemoryTarget, number>> = { memory: 2200, user: 1375 };
const LIMIT_KEY: Readonly<Record<MemoryTarget, 'memory_char_limit' | 'user_char_limit'>> = { memory: 'memory_char_limit', user: 'user_char_limit' };

/** HERMES_HOME relative to the files root ('' when they are the same); memory needs it inside. */
function homeRel(ctx: FilesContext): string {
  if (!ctx.home) return '';
  const rel = path.relative(path.resolve(ctx.root), path.resolve(ctx.home));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new AppError('feature_unavailable', 'The memory view needs HERMES_HOME inside FILES_ROOT. Unset FILES_ROOT or point it at HERMES_HOME or a folder above it.');
  }
  return rel.split(path.sep).join('/');
}

function under(base: string, rel: string): string {
  return base ? `${base}/${rel}` : rel;
}

const limitsSchema = z.object({
  memory: z.object({ memory_char_limit: z.number().int().positive().optional(), user_char_limit: z.number().int().positive().optional() }).optional(),
});

/** The limit config.yaml sets, else Hermes's default. It is only shown, so a missing or broken config means the default. */
async function charLimit(target: MemoryTarget, ctx: FilesContext): Promise<number> {
  let content: string | null = null;
  try {
    content = (await readFileDoc(under(homeRel(ctx), 'config.yaml'), ctx)).content;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  const doc = content === null ? null : parseDocument(content);
  const limits = doc && doc.errors.length === 0 ? limitsSchema.safeParse(doc.toJS()) : null;
  return (limits?.success ? limits.data.memory?.[LIMIT_KEY[target]] : undefined) ?? DEFAULT_LIMIT[target];
}

/** One memory store as its entries. A store the agent has not written yet is empty and not editable. */
export async function readMemory(target: MemoryTarget, ctx: FilesContext = filesContext()): Promise<MemoryDoc> {
  const rel = under(homeRel(ctx), `memories/${FILE_OF[target]}`);
  const limit = await charLimit(target, ctx);
  try {
    const doc = await readFileDoc(rel, ctx);
    const entries = splitEntries(doc.content ?? '');
    return { target, path: rel, exists: true, entries, chars: memoryChars(entries), limit, version: doc.version, editable: doc.editable };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    const reason = 'The agent has not written this memory yet; it appears here once it does.';
    return { target, path: rel, exists: false, entries: [], chars: 0, limit, version: null, editable: { writable: false, reason } };
  }
}

/**
 * Adds, rewrites or deletes one entry with the same safe save as the editor (edits enabled, atomic,
 * backup). The entry is found by its text as the user saw it, so the agent adding other entries
 * meanwhile is no conflict; that entry itself having changed or gone is (409 with the current entries).
 */
export async function changeMemory(target: MemoryTarget, change: MemoryChange, ctx: FilesContext = filesContext()): Promise<MemoryDoc> {
  if (change.op !== 'remove') {
    const problem = entryProblem(change.text);
    if (problem) throw new AppError('bad_request', problem);
  }
  const before = await readMemory(target, ctx);
  if (!before.exists || !before.version) throw new AppError('not_found', before.editable.writable ? 'No such memory file.' : before.editable.reason);
  const entries = applyChange(before.entries, change);
  if (!entries) {
    throw new FilesError<MemoryConflictDetails>('conflict', 'That entry changed or was removed since you opened it (the agent may have rewritten it). Nothing was saved.', {
      current: { entries: before.entries },
    });
  }
  await saveFile({ path: before.path, content: joinEntries(entries), base: before.version }, ctx);
  return readMemory(target, ctx);
}
