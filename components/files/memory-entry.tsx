'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { fileMessages } from '@/lib/i18n/messages/files';

export interface MemoryEntryProps {
  text: string;
  editable: boolean;
  busy: boolean;
  onSave: (text: string) => Promise<boolean>;
  onDelete: () => void;
}

/** One `§`-separated entry: its text, and when editing is on, Edit (in place) and Delete. */
export function MemoryEntry({ text, editable, busy, onSave, onDelete }: MemoryEntryProps) {
  const t = useT(fileMessages);
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return (
      <li className="flex flex-col gap-2 p-3">
        <textarea
          aria-label={t('entryText')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          rows={Math.min(12, Math.max(3, draft.split('\n').length + 1))}
          className="w-full rounded-lg border border-line bg-bg p-2 text-base md:text-sm"
          autoFocus
        />
        <div className="flex gap-2">
          <button
            type="button"
            disabled={busy || draft.trim() === ''}
            onClick={async () => {
              if (await onSave(draft)) setDraft(null);
            }}
            className="min-h-11 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink disabled:opacity-60"
          >
            {t('saveEntry')}
          </button>
          <button type="button" onClick={() => setDraft(null)} className="min-h-11 rounded-xl border border-line px-4 text-sm font-medium">
            {t('cancel')}
          </button>
        </div>
      </li>
    );
  }
  return (
    <li className="flex flex-col gap-1 px-3 pb-1 pt-3 md:flex-row md:items-start md:gap-3 md:pb-3" data-memory-entry>
      <p className="min-w-0 flex-1 whitespace-pre-wrap break-words text-sm leading-relaxed">{text}</p>
      {editable ? (
        <div className="-mr-2 flex shrink-0 justify-end md:-my-2">
          <button type="button" disabled={busy} onClick={() => setDraft(text)} className="min-h-11 rounded-lg px-3 text-sm font-medium text-accent hover:bg-raised">
            {t('edit')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('confirmDeleteEntry'))) onDelete();
            }}
            className="min-h-11 rounded-lg px-3 text-sm font-medium text-bad hover:bg-raised"
          >
            {t('delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
