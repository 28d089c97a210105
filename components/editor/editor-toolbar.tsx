'use client';

import Link from 'next/link';
import { useT } from '@/components/i18n/locale-provider';
import { filesHref } from '@/components/files/files-api';
import { QuickOpen } from '@/components/files/quick-open';
import type { Translate } from '@/lib/i18n/catalogue';
import { fileMessages } from '@/lib/i18n/messages/files';
import type { SaveStatus } from './use-editor-document';

export interface EditorToolbarProps {
  path: string;
  name: string;
  status: SaveStatus;
  dirty: boolean;
  writable: boolean;
  /** False while a conflict waits for the user's choice. */
  canSave: boolean;
  onSave: () => void;
  onToggleVersions: () => void;
}

function statusText(status: SaveStatus, dirty: boolean, writable: boolean, t: Translate<keyof typeof fileMessages.en>): string {
  if (!writable) return t('statusReadOnly');
  if (status.kind === 'saving') return t('statusSaving');
  if (dirty) return t('statusUnsaved');
  if (status.kind === 'saved') return t('statusSaved');
  return '';
}

/** Back to the file, its name and save state, and the actions: quick open, versions, save. */
export function EditorToolbar({ path, name, status, dirty, writable, canSave, onSave, onToggleVersions }: EditorToolbarProps) {
  const t = useT(fileMessages);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link href={filesHref.view(path)} aria-label={t('backTo', { name })} className="grid size-11 shrink-0 place-items-center rounded-lg text-accent hover:bg-raised">
        <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
          <path d="M15 5l-7 7 7 7" />
        </svg>
      </Link>
      <div className="min-w-0 flex-1">
        <h1 className="truncate font-mono text-sm font-medium" title={path}>
          <span className="md:hidden">{name}</span>
          <span className="hidden md:inline">{path}</span>
        </h1>
        <p aria-live="polite" data-save-status={dirty ? 'dirty' : status.kind} className="text-xs text-muted">
          {statusText(status, dirty, writable, t) || '\u00a0'}
        </p>
      </div>
      <div className="hidden md:block">
        <QuickOpen />
      </div>
      <button type="button" onClick={onToggleVersions} className="min-h-11 rounded-xl border border-line bg-surface px-3 text-sm font-medium hover:bg-raised">
        {t('versions')}
      </button>
      {writable ? (
        <button
          type="button"
          onClick={onSave}
          disabled={status.kind === 'saving' || !canSave}
          className="flex min-h-11 items-center gap-2 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink disabled:opacity-60"
        >
          {t('save')}
          <kbd className="hidden font-sans text-xs opacity-80 md:inline">⌘S</kbd>
        </button>
      ) : null}
    </div>
  );
}
