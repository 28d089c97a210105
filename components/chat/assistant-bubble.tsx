'use client';

import { memo, useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { chatMessages } from '@/lib/i18n/messages/chat';
import { LazyStreamingMarkdown, preloadStreamingMarkdown } from './markdown/lazy-streaming-markdown';
import type { UiMessage } from './chat-model';
import { copyText } from '@/components/ui/clipboard';
import { ToolChips } from './tool-chips';
import { TurnFacts } from './turn-facts';

export interface AssistantBubbleProps {
  message: UiMessage;
  isLast: boolean;
  canRetry: boolean;
  onRetry: (assistantId: string) => void;
}

/** One answer: tool chips, the Markdown, what went wrong if anything, and its facts and actions. */
export const AssistantBubble = memo(function AssistantBubble({ message, isLast, canRetry, onRetry }: AssistantBubbleProps) {
  const t = useT(chatMessages);
  const [copied, setCopied] = useState(false);
  const streaming = message.status === 'streaming';
  // A bubble appears as the turn is sent, before the first token: time enough to fetch the renderer.
  useEffect(preloadStreamingMarkdown, []);
  return (
    <li className="flex flex-col gap-1" data-message-id={message.id} data-status={message.status} data-role="assistant" aria-busy={streaming}>
      <ToolChips tools={message.tools} />
      {message.text ? (
        <div className="min-w-0 max-w-full break-words">
          <LazyStreamingMarkdown text={message.text} streaming={streaming} />
        </div>
      ) : streaming ? (
        <p className="text-sm text-muted" aria-live="polite">
          <span className="inline-block size-2 animate-pulse rounded-full bg-accent" /> {t('thinking')}
        </p>
      ) : null}
      {message.status === 'stopped' ? <p className="text-xs text-muted">{message.error ?? t('stopped')}</p> : null}
      {message.status === 'failed' ? (
        <p role="alert" className="text-xs text-bad">
          {message.error ?? t('brokeOff')}
        </p>
      ) : null}
      {!streaming ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <TurnFacts message={message} />
          {message.text ? (
            <button
              type="button"
              className="min-h-11 text-xs font-medium text-muted hover:text-ink"
              onClick={() => void copyText(message.text).then((ok) => ok && (setCopied(true), setTimeout(() => setCopied(false), 1500)))}
            >
              {copied ? t('copied') : t('copy')}
            </button>
          ) : null}
          {isLast ? (
            <button type="button" disabled={!canRetry} className="min-h-11 text-xs font-medium text-muted hover:text-ink disabled:opacity-50" onClick={() => onRetry(message.id)}>
              {t('retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});
