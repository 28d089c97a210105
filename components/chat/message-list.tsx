'use client';

import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { UiMessage } from './chat-model';
import { AssistantBubble } from './assistant-bubble';
import { UserBubble } from './user-bubble';

export interface MessageListProps {
  messages: UiMessage[];
  busy: boolean;
  onRetry: (userMessageId: string) => void;
  onRetryAnswer: (assistantId: string) => void;
}

const STICK_PX = 120;

/** The conversation; follows the answer while the reader is at the bottom, and stays put when they scroll up. */
export function MessageList({ messages, busy, onRetry, onRetryAnswer }: MessageListProps) {
  const t = useT(chatMessages);
  const end = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const onScroll = () => {
      const doc = document.scrollingElement ?? document.documentElement;
      stick.current = doc.scrollHeight - doc.scrollTop - window.innerHeight < STICK_PX;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  useEffect(() => {
    if (stick.current) end.current?.scrollIntoView({ block: 'end' });
  }, [messages]);

  const lastAssistant = [...messages].reverse().find((m) => m.role === 'assistant');
  return (
    <>
      <ol aria-label={t('conversation')} aria-live="polite" className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 py-4 md:px-8">
        {messages.map((message) =>
          message.role === 'user' ? (
            <UserBubble key={message.id} message={message} onRetry={onRetry} canRetry={!busy} />
          ) : (
            <AssistantBubble key={message.id} message={message} isLast={message === lastAssistant} canRetry={!busy} onRetry={onRetryAnswer} />
          ),
        )}
      </ol>
      <div ref={end} aria-hidden className="h-px" />
    </>
  );
}
