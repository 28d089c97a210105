'use client';

import { useT } from '@/components/i18n/locale-provider';
import type { Translate } from '@/lib/i18n/catalogue';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import type { TerminalSummary } from '@/lib/terminal/protocol';

export interface TerminalTabsProps {
  terminals: readonly TerminalSummary[];
  activeId: string | undefined;
  canCreate: boolean;
  onSelect: (id: string) => void;
  onNew: () => void;
}

/** "running · attached": the state the tab shows, in words for screen readers and sighted users alike. */
export function describeTerminal(terminal: TerminalSummary, t: Translate<keyof typeof terminalMessages.en>): string {
  const life = terminal.status === 'running' ? t('running') : terminal.exitCode === null ? t('exited') : t('exitedWith', { code: String(terminal.exitCode) });
  return `${life} · ${terminal.attached ? t('attached') : t('detached')}`;
}

/** The open terminals as tabs, with their state, and the button that opens another. */
export function TerminalTabs({ terminals, activeId, canCreate, onSelect, onNew }: TerminalTabsProps) {
  const t = useT(terminalMessages);
  return (
    <div className="flex items-stretch gap-1 border-b border-line bg-surface px-1 py-1">
      <div role="tablist" aria-label={t('terminals')} className="flex min-w-0 flex-1 gap-1 overflow-x-auto">
        {terminals.map((terminal) => {
          const active = terminal.id === activeId;
          return (
            <button
              key={terminal.id}
              type="button"
              role="tab"
              aria-selected={active}
              data-status={terminal.status}
              data-attached={terminal.attached}
              onClick={() => onSelect(terminal.id)}
              className={`flex min-h-11 shrink-0 flex-col items-start justify-center rounded-lg px-3 text-left ${active ? 'bg-raised text-ink' : 'text-muted hover:bg-raised'}`}
            >
              <span className="flex items-center gap-1.5 text-sm font-medium">
                <span
                  aria-hidden
                  className={`size-2 rounded-full ${terminal.status === 'exited' ? 'bg-bad' : terminal.attached ? 'bg-accent' : 'border border-muted'}`}
                />
                <span className="max-w-40 truncate">{terminal.name}</span>
              </span>
              <span className="text-[11px] leading-tight text-muted">{describeTerminal(terminal, t)}</span>
            </button>
          );
        })}
      </div>
      <button
        type="button"
        onClick={onNew}
        disabled={!canCreate}
        aria-label={t('newTerminal')}
        title={canCreate ? t('newTerminal') : t('mostOpen')}
        className="grid size-11 shrink-0 place-items-center rounded-lg text-accent hover:bg-raised disabled:text-muted disabled:opacity-50"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
          <path d="M12 5v14M5 12h14" />
        </svg>
      </button>
    </div>
  );
}
