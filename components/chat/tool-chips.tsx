'use client';

import type { ToolChip } from '@/lib/store/chat-types';
import { useT } from '@/components/i18n/locale-provider';
import { chatMessages } from '@/lib/i18n/messages/chat';

export interface ToolChipsProps {
  tools: ToolChip[];
}

/** What the agent did while answering: one compact chip per tool call, running → done. */
export function ToolChips({ tools }: ToolChipsProps) {
  const t = useT(chatMessages);
  if (tools.length === 0) return null;
  return (
    <ul aria-label={t('toolActivity')} className="mb-2 flex flex-wrap gap-1.5">
      {tools.map((tool) => (
        <li
          key={tool.toolCallId}
          data-tool-status={tool.status}
          className="flex max-w-full items-center gap-1.5 rounded-full border border-line bg-raised px-2.5 py-1 text-xs text-muted"
        >
          <span aria-hidden>{tool.emoji ?? '🔧'}</span>
          <span className="font-medium text-ink">{tool.tool}</span>
          {tool.label ? <span className="truncate font-mono">{tool.label}</span> : null}
          {tool.status === 'running' ? (
            <span className="size-2 animate-pulse rounded-full bg-accent" aria-label={t('toolRunning')} />
          ) : (
            <span aria-label={t('toolDone')} className="text-ok">✓</span>
          )}
        </li>
      ))}
    </ul>
  );
}
