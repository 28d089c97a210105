'use client';

import { memo } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { UiMessage } from './chat-model';

export interface UserBubbleProps {
  message: UiMessage;
  onRetry: (id: string) => void;
  canRetry: boolean;
}

const STATUS_KEYS = { sending: 'sending', queued: 'waiting' } as const;

/** The user's message; when it did not reach the agent, it stays here with the reason and a Retry. */
export const UserBubble = memo(function UserBubble({ message, onRetry, canRetry }: UserBubbleProps) {
  const t = useT(chatMessages);
  const failed = message.status === 'failed';
  const statusKey = message.status === 'sending' || message.status === 'queued' ? STATUS_KEYS[message.status] : null;
  return (
    <li className="flex flex-col items-end gap-1" data-message-id={message.id} data-status={message.status} data-role="user">
      {message.images.length ? (
        <div className="flex max-w-[85%] flex-wrap justify-end gap-1.5">
          {message.images.map((image, i) => (
            // eslint-disable-next-line @next/next/no-img-element -- user photos come from our own API or blob: URLs, not static assets
            <img key={image.url} src={image.url} alt={t('photo', { n: i + 1 })} className="size-28 rounded-xl border border-line object-cover" />
          ))}
        </div>
      ) : null}
      {message.text ? (
        <div className={`max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-br-md px-3.5 py-2 ${failed ? 'border border-bad bg-surface' : 'bg-accent text-accent-ink'}`}>
          {message.text}
        </div>
      ) : null}
      {statusKey ? <p className="text-xs text-muted">{message.error ?? t(statusKey)}</p> : null}
      {failed ? (
        <div role="alert" className="flex max-w-[85%] items-center gap-2 text-xs text-bad">
          <span>{message.error ?? t('notSent')}</span>
          <button type="button" disabled={!canRetry} onClick={() => onRetry(message.id)} className="min-h-11 rounded-lg border border-line bg-surface px-3 font-medium text-ink disabled:opacity-50">
            {t('retry')}
          </button>
        </div>
      ) : null}
    </li>
  );
});
