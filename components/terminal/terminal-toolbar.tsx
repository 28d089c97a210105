'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
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
          Terminal name
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
          Save
        </button>
        <button type="button" onClick={() => setRenaming(undefined)} className={BUTTON}>
          Cancel
        </button>
      </form>
    );
  }

  return (
    <div role="toolbar" aria-label="Terminal actions" className="flex items-center gap-0.5 overflow-x-auto border-b border-line bg-surface px-1 py-0.5">
      <ToolButton label="Smaller text" onClick={() => onFontStep(-1)}>
        A−
      </ToolButton>
      <span className="w-7 shrink-0 text-center text-xs tabular-nums text-muted" aria-live="polite" aria-label={`Font size ${fontSize ?? ''}`}>
        {fontSize ?? ''}
      </span>
      <ToolButton label="Larger text" onClick={() => onFontStep(1)}>
        A+
      </ToolButton>
      <span aria-hidden className="mx-1 h-6 w-px shrink-0 bg-line" />
      <ToolButton label="Copy" onClick={onCopy} disabled={noTerminal}>
        Copy
      </ToolButton>
      <ToolButton label="Paste" onClick={onPaste} disabled={noTerminal}>
        Paste
      </ToolButton>
      <span className="flex-1" />
      <ToolButton label="Rename terminal" onClick={() => setRenaming(name ?? '')} disabled={noTerminal}>
        Rename
      </ToolButton>
      <ToolButton label="Close terminal" onClick={onClose} disabled={noTerminal} danger>
        Close
      </ToolButton>
    </div>
  );
}
