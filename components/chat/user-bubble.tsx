'use client';

import { memo } from 'react';
import type { UiMessage } from './chat-model';

export interface UserBubbleProps {
  message: UiMessage;
  onRetry: (id: string) => void;
  canRetry: boolean;
}

const STATUS_TEXT: Partial<Record<UiMessage['status'], string>> = { sending: 'Sending…', queued: 'Waiting to send' };

/** The user's message; when it did not reach the agent, it stays here with the reason and a Retry. */
export const UserBubble = memo(function UserBubble({ message, onRetry, canRetry }: UserBubbleProps) {
  const failed = message.status === 'failed';
  return (
    <li className="flex flex-col items-end gap-1" data-message-id={message.id} data-status={message.status} data-role="user">
      {message.images.length ? (
        <div className="flex max-w-[85%] flex-wrap justify-end gap-1.5">
          {message.images.map((image, i) => (
            // eslint-disable-next-line @next/next/no-img-element -- user photos come from our own API or blob: URLs, not static assets
            <img key={image.url} src={image.url} alt={`Photo ${i + 1}`} className="size-28 rounded-xl border border-line object-cover" />
          ))}
        </div>
      ) : null}
      {message.text ? (
        <div className={`max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-br-md px-3.5 py-2 ${failed ? 'border border-bad bg-surface' : 'bg-accent text-accent-ink'}`}>
          {message.text}
        </div>
      ) : null}
      {STATUS_TEXT[message.status] ? <p className="text-xs text-muted">{message.error ?? STATUS_TEXT[message.status]}</p> : null}
      {failed ? (
        <div role="alert" className="flex max-w-[85%] items-center gap-2 text-xs text-bad">
          <span>{message.error ?? 'Not sent.'}</span>
          <button type="button" disabled={!canRetry} onClick={() => onRetry(message.id)} className="min-h-11 rounded-lg border border-line bg-surface px-3 font-medium text-ink disabled:opacity-50">
            Retry
          </button>
        </div>
      ) : null}
    </li>
  );
});
