'use client';

import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { ConversationSummary } from '@/lib/store/chat-types';
import type { UiMessage } from './chat-model';
import { Composer } from './composer';
import { ConversationDrawer } from './conversation-drawer';
import { ConversationList } from './conversation-list';
import { MessageList } from './message-list';
import { useChat, type Draft } from './use-chat';
import { useKeyboardInset } from './use-keyboard-inset';

export interface ChatScreenProps {
  conversationId: string;
  title: string;
  initialMessages: UiMessage[];
  conversations: ConversationSummary[];
  isNew: boolean;
  /** Prefilled composer text, e.g. a review quoted by "Continue in chat". */
  initialDraft?: string;
  /** Stored photos to attach to the first message, e.g. shared to the app from another one. */
  initialPhotoIds?: string[];
}

export function ChatScreen({ conversationId, title, initialMessages, conversations, isNew, initialDraft, initialPhotoIds }: ChatScreenProps) {
  const t = useT(chatMessages);
  const chat = useChat(conversationId, initialMessages);
  const [drawerOpen, setDrawerOpen] = useState(false);
  useKeyboardInset();

  const send = useCallback(
    async (draft: Draft) => {
      // A new chat gets its address on the first message, so a reload (or the outbox) finds it again.
      if (isNew && window.location.pathname === '/chat') window.history.replaceState(null, '', `/chat/${encodeURIComponent(conversationId)}`);
      await chat.send(draft);
    },
    [chat, conversationId, isNew],
  );

  const firstText = chat.messages.find((m) => m.role === 'user' && m.text)?.text.split('\n')[0];
  const shownTitle = isNew && firstText ? firstText : title;

  return (
    <div className="flex min-h-[calc(100dvh-6.5rem)] md:min-h-dvh lg:grid lg:grid-cols-[16rem_1fr]">
      <aside aria-label={t('conversations')} className="hidden border-r border-line p-3 lg:block">
        <h2 className="px-3 pb-2 text-sm font-semibold text-muted">{t('conversations')}</h2>
        <ConversationList conversations={conversations} currentId={conversationId} />
      </aside>
      <section aria-label={t('title')} className="flex min-w-0 flex-1 flex-col">
        <div className="sticky top-[calc(2.75rem+env(safe-area-inset-top))] z-10 flex items-center gap-2 border-b border-line bg-bg/95 px-2 py-1 backdrop-blur md:top-0 md:px-6">
          <button type="button" onClick={() => setDrawerOpen(true)} aria-label={t('showConversations')} className="grid size-11 place-items-center rounded-lg text-muted hover:text-ink lg:hidden">
            <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
              <path d="M4 6h16M4 12h16M4 18h16" />
            </svg>
          </button>
          <h1 className="min-w-0 flex-1 truncate text-base font-semibold">{shownTitle}</h1>
          <Link href="/chat" aria-label={t('newChat')} className="grid size-11 place-items-center rounded-lg text-accent hover:bg-raised" prefetch={false}>
            <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
              <path d="M12 5v14M5 12h14" />
            </svg>
          </Link>
        </div>
        <div className="flex-1">
          {chat.messages.length === 0 ? (
            <div className="mx-auto max-w-md px-6 pt-16 text-center text-muted">
              <p className="text-lg font-medium text-ink">{t('emptyTitle')}</p>
              <p className="mt-2 text-sm">{t('emptyHint')}</p>
            </div>
          ) : (
            <MessageList messages={chat.messages} busy={chat.busy} onRetry={chat.retry} onRetryAnswer={chat.retryAnswer} />
          )}
        </div>
        <Composer busy={chat.busy} onSend={send} onStop={chat.stop} initialDraft={initialDraft} initialPhotoIds={initialPhotoIds} draftKey={isNew && !initialDraft ? 'new' : conversationId} />
      </section>
      <ConversationDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} conversations={conversations} currentId={conversationId} />
    </div>
  );
}
