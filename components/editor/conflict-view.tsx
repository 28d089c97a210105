'use client';

import { DiffEditor, type MonacoDiffEditor } from '@monaco-editor/react';
import { useRef } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { fileMessages } from '@/lib/i18n/messages/files';
import type { Conflict } from './use-editor-document';

export interface ConflictViewProps {
  conflict: Conflict;
  language: string;
  theme: string;
  onKeepMine: (text: string) => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
}

/**
 * The file changed on disk while it was being edited: the version on disk on the left, the user's
 * on the right (editable, so the two can be merged by hand), and the choice of which to keep.
 */
export function ConflictView({ conflict, language, theme, onKeepMine, onTakeTheirs, onCancel }: ConflictViewProps) {
  const t = useT(fileMessages);
  const diff = useRef<MonacoDiffEditor | null>(null);
  const theirs = conflict.current.content;
  return (
    <section aria-label={t('saveConflict')} className="flex min-h-0 flex-1 flex-col gap-2">
      <div role="alert" className="rounded-xl border border-warn bg-surface px-3 py-2 text-sm">
        <p className="font-medium text-ink">{conflict.message}</p>
        <p className="mt-0.5 text-muted">{t('conflictHelp')}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => onKeepMine(diff.current?.getModifiedEditor().getValue() ?? conflict.mine)} className="min-h-11 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
          {t('saveMine')}
        </button>
        {theirs !== null ? (
          <button type="button" onClick={onTakeTheirs} className="min-h-11 rounded-xl border border-line bg-surface px-4 text-sm font-medium">
            {t('useTheirs')}
          </button>
        ) : null}
        <button type="button" onClick={onCancel} className="min-h-11 rounded-xl border border-line bg-surface px-4 text-sm font-medium">
          {t('backToEditing')}
        </button>
      </div>
      <div aria-hidden className="hidden grid-cols-2 gap-2 px-1 text-xs font-medium text-muted md:grid">
        <span>{t('onDiskNow')}</span>
        <span>{t('yours')}</span>
      </div>
      <div className="min-h-0 flex-1 overflow-hidden rounded-xl border border-line" data-testid="conflict-diff">
        <DiffEditor
          original={theirs ?? t('noLongerText')}
          modified={conflict.mine}
          language={language}
          theme={theme}
          onMount={(instance) => {
            diff.current = instance;
            // Monaco decides the left side's wrapping once, while the box may still be too narrow for two
            // columns, and then never wraps it; long one-line paragraphs (SOUL.md, memory) need it.
            instance.getOriginalEditor().updateOptions({ wordWrapOverride1: 'on', wordWrapOverride2: 'on' });
          }}
          options={{
            renderSideBySide: true,
            useInlineViewWhenSpaceIsLimited: true,
            originalEditable: false,
            automaticLayout: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            wordWrap: 'on',
            diffWordWrap: 'on',
            renderOverviewRuler: false,
          }}
        />
      </div>
    </section>
  );
}
