'use client';

import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { PullToRefresh } from '@/components/ui/pull-to-refresh';
import { apiFetch } from '@/lib/client/api-fetch';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { ConversationSummary } from '@/lib/store/chat-types';
import { ConversationList } from './conversation-list';

export interface ConversationDrawerProps {
  open: boolean;
  onClose: () => void;
  conversations: ConversationSummary[];
  currentId: string;
}

/** The phone's slide-in list of conversations: a modal dialog, closed by Escape, the backdrop or a pick. */
export function ConversationDrawer({ open, onClose, conversations, currentId }: ConversationDrawerProps) {
  const t = useT(chatMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // A pulled list holds until the page brings a newer one of its own.
  const [pulled, setPulled] = useState<{ over: ConversationSummary[]; list: ConversationSummary[] } | null>(null);
  const shown = pulled?.over === conversations ? pulled.list : conversations;
  const reload = () =>
    apiFetch<{ conversations: ConversationSummary[] }>('/api/chat/conversations').then((r) => setPulled({ over: conversations, list: r.conversations }));
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-label={t('conversations')}
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && onClose()}
      className="m-0 h-dvh max-h-none w-[85vw] max-w-xs bg-surface p-0 text-ink backdrop:bg-black/40"
    >
      <div ref={scroller} className="flex h-full flex-col gap-2 overflow-y-auto px-2 pb-[env(safe-area-inset-bottom)] pt-[max(0.75rem,env(safe-area-inset-top))]">
        <div className="flex items-center justify-between px-2">
          <h2 className="text-lg font-semibold">{t('conversations')}</h2>
          <button type="button" onClick={onClose} className="grid size-11 place-items-center rounded-lg text-muted" aria-label={t('closeConversations')}>
            ✕
          </button>
        </div>
        <PullToRefresh onRefresh={reload} scroller={scroller}>
          <ConversationList conversations={shown} currentId={currentId} onPick={onClose} />
        </PullToRefresh>
      </div>
    </dialog>
  );
}
