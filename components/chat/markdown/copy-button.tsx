'use client';

import { type RefObject, useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { writeClipboard } from '@/components/ui/clipboard';
import { commonMessages } from '@/lib/i18n/messages/common';

type CopyState = 'idle' | 'copied' | 'selected';

const LABELS = { idle: 'copy', copied: 'copied', selected: 'selected' } as const;
const ANNOUNCEMENTS = { copied: 'codeCopied', selected: 'codeSelected' } as const;

export interface CopyButtonProps {
  text: string;
  /** The element whose contents get selected when no clipboard API can be used. */
  target: RefObject<HTMLElement | null>;
}

export function CopyButton({ text, target }: CopyButtonProps) {
  const t = useT(commonMessages);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    if (await writeClipboard(text)) {
      setState('copied');
      return;
    }
    setState(copyBySelection(target.current) ? 'copied' : 'selected');
  };

  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={state === 'idle' ? t('copyCode') : t(LABELS[state])}
        className="min-h-11 min-w-16 rounded-md px-2 text-xs font-medium text-muted hover:bg-surface hover:text-ink"
      >
        {t(LABELS[state])}
      </button>
      <span role="status" className="sr-only">
        {state === 'idle' ? '' : t(ANNOUNCEMENTS[state])}
      </span>
    </>
  );
}

/**
 * Fallback for plain-HTTP self-hosting on a LAN: select the code, then try the legacy copy command.
 * If that is refused too, the selection stays so the user can copy it with the system menu.
 */
function copyBySelection(element: HTMLElement | null): boolean {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!element || !selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  let copied = false;
  try {
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) selection.removeAllRanges();
  return copied;
}
