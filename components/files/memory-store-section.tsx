'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { fileMessages } from '@/lib/i18n/messages/files';
import { ApiError } from '@/lib/client/api-fetch';
import type { MemoryChange } from '@/lib/files/memory-entries';
import type { MemoryDoc } from '@/lib/files/memory-types';
import { changeMemoryEntry, fetchMemory, filesHref } from './files-api';
import { MemoryEntry } from './memory-entry';
import { ReadOnlyNotice } from './read-only-notice';

export interface MemoryStoreSectionProps {
  title: string;
  description: string;
  initial: MemoryDoc;
  /** False when the page already says why nothing can be edited. */
  showReadOnlyReason?: boolean;
}

/** One memory store (MEMORY.md or USER.md): usage against Hermes's limit, its entries, and adding one. */
export function MemoryStoreSection({ title, description, initial, showReadOnlyReason = true }: MemoryStoreSectionProps) {
  const t = useT(fileMessages);
  const [doc, setDoc] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const editable = doc.editable.writable;
  const over = doc.chars > doc.limit;

  const change = async (next: MemoryChange): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      setDoc(await changeMemoryEntry(doc.target, next));
      return true;
    } catch (error) {
      setMessage(error instanceof Error ? error.message : t('savingFailed'));
      // After a conflict the entries on screen are stale: show what the file holds now.
      if (error instanceof ApiError && error.code === 'conflict') setDoc(await fetchMemory(doc.target).catch(() => doc));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={title} data-memory-target={doc.target} className="mx-4 mb-8 md:mx-8 md:max-w-3xl">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        <a href={filesHref.view(doc.path)} className="text-sm text-accent">
          {doc.path.split('/').pop()}
        </a>
      </div>
      <p className="text-sm text-muted">{description}</p>
      <div className="mt-2 flex items-center gap-2 text-xs text-muted">
        <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-raised" aria-hidden>
          <div className={`h-full ${over ? 'bg-bad' : 'bg-accent'}`} style={{ width: `${Math.min(100, (doc.chars / doc.limit) * 100)}%` }} />
        </div>
        <span className={`tabular-nums ${over ? 'text-bad' : ''}`}>
          {t('characters', { used: doc.chars, limit: doc.limit })}
        </span>
      </div>
      {over ? <p className="mt-1 text-xs text-bad">{t('overLimit')}</p> : null}
      {!editable && showReadOnlyReason ? <ReadOnlyNotice reason={doc.editable.reason} className="mt-3" /> : null}
      {message ? (
        <p role="alert" className="mt-3 rounded-xl border border-bad bg-surface px-3 py-2 text-sm text-bad">
          {message}
        </p>
      ) : null}
      {doc.entries.length > 0 ? (
        <ul className="mt-3 divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface">
          {doc.entries.map((entry, index) => (
            <MemoryEntry
              key={`${index}:${entry}`}
              text={entry}
              editable={editable}
              busy={busy}
              onSave={(text) => change({ op: 'replace', original: entry, text })}
              onDelete={() => void change({ op: 'remove', original: entry })}
            />
          ))}
        </ul>
      ) : doc.exists ? (
        <p className="mt-3 text-sm text-muted">{t('noEntries')}</p>
      ) : null}
      {editable ? (
        <form
          className="mt-3 flex flex-col gap-2"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await change({ op: 'add', text: draft })) setDraft('');
          }}
        >
          <textarea aria-label={t('newEntryFor', { title })} value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} placeholder={t('addAnEntry')} className="w-full rounded-xl border border-line bg-surface p-3 text-base md:text-sm" />
          <button type="submit" disabled={busy || draft.trim() === ''} className="min-h-11 self-start rounded-xl border border-line bg-surface px-4 text-sm font-medium disabled:opacity-60">
            {t('addEntry')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
