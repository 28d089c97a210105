import type { ToolChip } from '@/lib/store/chat-types';

export interface ToolChipsProps {
  tools: ToolChip[];
}

/** What the agent did while answering: one compact chip per tool call, running → done. */
export function ToolChips({ tools }: ToolChipsProps) {
  if (tools.length === 0) return null;
  return (
    <ul aria-label="Tool activity" className="mb-2 flex flex-wrap gap-1.5">
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
            <span className="size-2 animate-pulse rounded-full bg-accent" aria-label="running" />
          ) : (
            <span aria-label="done" className="text-ok">✓</span>
          )}
        </li>
      ))}
    </ul>
  );
}
