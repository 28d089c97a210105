'use client';

import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { terminalMessages } from '@/lib/i18n/messages/terminal';

export type ClipboardSheetMode = { kind: 'copy'; text: string } | { kind: 'paste' };

export interface ClipboardSheetProps {
  mode: ClipboardSheetMode;
  onPaste: (text: string) => void;
  onClose: () => void;
}

/**
 * Copy and paste through a plain text box, for when the Clipboard API is missing (plain HTTP over
 * the tailnet) or refused, and for phones, where selecting inside xterm does not work.
 */
export function ClipboardSheet({ mode, onPaste, onClose }: ClipboardSheetProps) {
  const t = useT(terminalMessages);
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(mode.kind === 'copy' ? mode.text : '');
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const element = box.current;
    element?.focus();
    if (mode.kind === 'copy') element?.select();
  }, [mode]);

  const copy = async () => {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No Clipboard API here (plain HTTP): the legacy command still copies the selected text.
      document.execCommand('copy');
    }
    setCopied(true);
  };

  const title = mode.kind === 'copy' ? t('copyFrom') : t('pasteInto');
  return (
    <div role="dialog" aria-modal="true" aria-label={title} className="fixed inset-0 z-40 flex items-end justify-center bg-black/40 md:items-center" onClick={onClose}>
      <div className="w-full max-w-xl rounded-t-2xl border border-line bg-surface p-4 md:rounded-2xl" onClick={(event) => event.stopPropagation()}>
        <p className="font-medium text-ink">{title}</p>
        <p className="mt-1 text-sm text-muted">{mode.kind === 'copy' ? t('copyHelp') : t('pasteHelp')}</p>
        <textarea
          ref={box}
          value={text}
          readOnly={mode.kind === 'copy'}
          onChange={(event) => setText(event.target.value)}
          aria-label={mode.kind === 'copy' ? t('terminalText') : t('textToPaste')}
          className="mt-3 h-56 w-full resize-none rounded-xl border border-line bg-bg p-2 font-mono text-xs text-ink"
        />
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" onClick={onClose} className="h-11 rounded-xl border border-line px-4 text-sm text-ink hover:bg-raised">
            {mode.kind === 'copy' ? t('done') : t('cancel')}
          </button>
          {mode.kind === 'copy' ? (
            <button type="button" onClick={() => void copy()} className="h-11 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
              {copied ? t('copied') : t('copyAll')}
            </button>
          ) : (
            <button type="button" disabled={!text} onClick={() => onPaste(text)} className="h-11 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink disabled:opacity-50">
              {t('paste')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
