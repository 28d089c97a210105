'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import { NAME_MAX_CHARS } from '@/lib/terminal/protocol';

export interface TerminalToolbarProps {
  name: string | undefined;
  fontSize: number | undefined;
  onFontStep: (delta: number) => void;
  onCopy: () => void;
  onPaste: () => void;
  onRename: (name: string) => void;
  onClose: () => void;
}

const BUTTON = 'h-11 min-w-11 shrink-0 rounded-lg px-2 text-sm text-ink hover:bg-raised disabled:opacity-40';

function ToolButton({ label, onClick, children, disabled, danger }: { label: string; onClick: () => void; children: ReactNode; disabled?: boolean; danger?: boolean }) {
  return (
    <button type="button" aria-label={label} title={label} onClick={onClick} disabled={disabled} className={`${BUTTON} ${danger ? 'text-bad' : ''}`}>
      {children}
    </button>
  );
}

/** Font size, copy, paste, rename and close for the terminal on screen. */
export function TerminalToolbar({ name, fontSize, onFontStep, onCopy, onPaste, onRename, onClose }: TerminalToolbarProps) {
  const t = useT(terminalMessages);
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const noTerminal = name === undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = renaming?.trim();
    if (next) onRename(next);
    setRenaming(undefined);
  };

  if (renaming !== undefined) {
    return (
      <form onSubmit={submit} className="flex items-center gap-1 border-b border-line bg-surface px-1 py-1">
        <label htmlFor="terminal-name" className="sr-only">
          {t('terminalName')}
        </label>
        <input
          id="terminal-name"
          autoFocus
          value={renaming}
          maxLength={NAME_MAX_CHARS}
          onChange={(event) => setRenaming(event.target.value)}
          className="h-11 min-w-0 flex-1 rounded-lg border border-line bg-bg px-3 text-base text-ink"
        />
        <button type="submit" className="h-11 rounded-lg bg-accent px-4 text-sm font-medium text-accent-ink">
          {t('save')}
        </button>
        <button type="button" onClick={() => setRenaming(undefined)} className={BUTTON}>
          {t('cancel')}
        </button>
      </form>
    );
  }

  return (
    <div role="toolbar" aria-label={t('actions')} className="flex items-center gap-0.5 overflow-x-auto border-b border-line bg-surface px-1 py-0.5">
      <ToolButton label={t('smaller')} onClick={() => onFontStep(-1)}>
        A−
      </ToolButton>
      <span className="w-7 shrink-0 text-center text-xs tabular-nums text-muted" aria-live="polite" aria-label={t('fontSize', { size: fontSize ?? '' })}>
        {fontSize ?? ''}
      </span>
      <ToolButton label={t('larger')} onClick={() => onFontStep(1)}>
        A+
      </ToolButton>
      <span aria-hidden className="mx-1 h-6 w-px shrink-0 bg-line" />
      <ToolButton label={t('copy')} onClick={onCopy} disabled={noTerminal}>
        {t('copy')}
      </ToolButton>
      <ToolButton label={t('paste')} onClick={onPaste} disabled={noTerminal}>
        {t('paste')}
      </ToolButton>
      <span className="flex-1" />
      <ToolButton label={t('renameTerminal')} onClick={() => setRenaming(name ?? '')} disabled={noTerminal}>
        {t('rename')}
      </ToolButton>
      <ToolButton label={t('closeTerminal')} onClick={onClose} disabled={noTerminal} danger>
        {t('close')}
      </ToolButton>
    </div>
  );
}
