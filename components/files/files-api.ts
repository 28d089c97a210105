import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import type { ErrorCode } from '@/lib/http/app-error';
import type { MemoryChange } from '@/lib/files/memory-entries';
import type { MemoryDoc, MemoryTarget } from '@/lib/files/memory-types';
import type { BackupInfo, ConflictDetails, FileVersion, QuickOpenIndex, SavedFile, SyntaxDetails } from '@/lib/files/types';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { clientMessages } from '@/lib/i18n/messages/client';
import { fileMessages } from '@/lib/i18n/messages/files';

/** How a save ended: saved, refused because the file changed (with its current text), or refused for bad YAML/JSON. */
export type SaveOutcome =
  | { kind: 'saved'; saved: SavedFile }
  | { kind: 'conflict'; message: string; current: ConflictDetails['current'] }
  | { kind: 'syntax'; message: string; syntax: SyntaxDetails['syntax'] };

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

function field<K extends string>(body: unknown, key: K): unknown {
  return body && typeof body === 'object' && key in body ? (body as Record<K, unknown>)[key] : undefined;
}

/**
 * PUTs or POSTs a save and reads the refusals the editor acts on (409 conflict, 400 syntax) from
 * the body, which apiFetch would reduce to a message.
 */
async function sendSave(url: string, method: 'PUT' | 'POST', json: unknown): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(json) });
  } catch {
    throw new ApiError('offline', translator(fileMessages, documentLocale())('notSavedOffline'), 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { kind: 'saved', saved: body as SavedFile };
  const message = typeof field(body, 'message') === 'string' ? String(field(body, 'message')) : translator(clientMessages, documentLocale())('httpStatus', { status: String(response.status) });
  const current = field(body, 'current');
  if (response.status === 409 && current) return { kind: 'conflict', message, current: current as ConflictDetails['current'] };
  const syntax = field(body, 'syntax');
  if (response.status === 400 && syntax) return { kind: 'syntax', message, syntax: syntax as SyntaxDetails['syntax'] };
  const code = field(body, 'code');
  throw new ApiError(typeof code === 'string' ? (code as ErrorCode) : 'unknown', message, response.status);
}

export function saveFileText(path: string, content: string, base: FileVersion): Promise<SaveOutcome> {
  return sendSave('/api/files/content', 'PUT', { path, content, base });
}

export function restoreBackup(path: string, backup: string, base: FileVersion): Promise<SaveOutcome> {
  return sendSave('/api/files/backups/restore', 'POST', { path, backup, base });
}

export async function fetchBackups(path: string): Promise<BackupInfo[]> {
  return (await apiFetch<{ backups: BackupInfo[] }>(`/api/files/backups?${query({ path })}`)).backups;
}

export async function fetchBackupText(path: string, id: string): Promise<string> {
  return (await apiFetch<{ content: string }>(`/api/files/backups/content?${query({ path, id })}`)).content;
}

export function fetchQuickOpenIndex(): Promise<QuickOpenIndex> {
  return apiFetch<QuickOpenIndex>('/api/files/index');
}

export function changeMemoryEntry(target: MemoryTarget, change: MemoryChange): Promise<MemoryDoc> {
  return apiFetch<MemoryDoc>(`/api/files/memory/${target}`, { method: 'POST', json: change });
}

export function fetchMemory(target: MemoryTarget): Promise<MemoryDoc> {
  return apiFetch<MemoryDoc>(`/api/files/memory/${target}`);
}

/** Links into the files screens. */
export const filesHref = {
  folder: (path: string) => (path ? `/files?${query({ path })}` : '/files'),
  view: (path: string) => `/files/view?${query({ path })}`,
  edit: (path: string) => `/files/edit?${query({ path })}`,
};
