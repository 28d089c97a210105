'use client';

import type { ReactNode } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { Caret } from '@/components/ui/caret';

export interface FoldedProps {
  summary: ReactNode;
  /** Shown as preformatted text. */
  text: string;
  open?: boolean;
}

/** A tool call, tool result, reasoning or system prompt: folded by default, text kept as text. */
export function Folded({ summary, text, open }: FoldedProps) {
  const t = useT(sessionMessages);
  return (
    <details open={open} className="group min-w-0 rounded-xl border border-line bg-surface">
      <summary className="flex min-h-11 cursor-pointer list-none items-center [&::-webkit-details-marker]:hidden gap-2 px-3 text-sm text-muted">
        <Caret />
        <span className="min-w-0 truncate">{summary}</span>
      </summary>
      <pre className="max-h-[60vh] overflow-auto whitespace-pre-wrap break-words border-t border-line px-3 py-2 font-mono text-xs text-ink">{text || t('empty')}</pre>
    </details>
  );
}
