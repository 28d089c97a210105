'use client';

import { useT } from '@/components/i18n/locale-provider';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';
import { LocalTime } from '@/components/ui/local-time';
import type { TranscriptMessage as Message } from '@/lib/hermes-home';
import { Folded } from './folded';
import { prettyJson } from './pretty-json';
import { roleLabel } from './role-label';

export interface TranscriptMessageProps {
  message: Message;
  /** The message a search result pointed at: outlined and unfolded. */
  highlighted: boolean;
}

function Content({ message, highlighted }: TranscriptMessageProps) {
  const t = useT(sessionMessages);
  const text = message.content ?? '';
  if (message.compactionSummary) return <Folded summary={t('compressed')} text={text} open={highlighted} />;
  if (message.role === 'tool') return <Folded summary={t('result', { tool: message.toolName ?? t('tool') })} text={prettyJson(text)} open={highlighted} />;
  if (message.role === 'system') return <Folded summary={t('systemPrompt')} text={text} open={highlighted} />;
  if (message.role === 'user') {
    return <div className="ml-auto max-w-[85%] whitespace-pre-wrap break-words rounded-2xl rounded-br-md bg-accent px-3.5 py-2 text-accent-ink">{text}</div>;
  }
  return text.trim() ? <StreamingMarkdown text={text} streaming={false} /> : null;
}

/** One stored message; tool calls, results and reasoning are folded into <details>. */
export function TranscriptMessage({ message, highlighted }: TranscriptMessageProps) {
  const t = useT(sessionMessages);
  const isUser = message.role === 'user' && !message.compactionSummary;
  return (
    <li
      id={`m-${message.id}`}
      data-message-id={message.id}
      data-role={message.role}
      data-highlighted={highlighted ? 'true' : undefined}
      className={`flex scroll-mt-20 flex-col gap-1.5 rounded-xl p-2 ${isUser ? 'items-end' : ''} ${highlighted ? 'bg-raised ring-2 ring-accent' : ''}`}
    >
      {message.reasoning ? <Folded summary={t('reasoning')} text={message.reasoning} /> : null}
      <Content message={message} highlighted={highlighted} />
      {(message.toolCalls ?? []).map((call, i) => (
        <Folded
          key={call.id ?? i}
          summary={
            <>
              <span aria-hidden>⚙</span> {t('toolCall')} <span className="font-mono text-ink">{call.name}</span>
            </>
          }
          text={prettyJson(call.arguments)}
          open={highlighted}
        />
      ))}
      <p className="px-1 text-[11px] text-muted">
        {roleLabel(message.role, message.toolName, t)} · <LocalTime ms={message.timestamp} />
      </p>
    </li>
  );
}
