'use client';

import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import { mountTerminal, type MountedTerminal, type TerminalController } from './mount-terminal';
import type { ConnectionState } from './terminal-connection';

export interface TerminalViewProps {
  terminalId: string;
  fontSize: number;
  /** Applies the key row's sticky modifiers to typed input. */
  transformInput: (data: string) => string;
  /** Something the tab list shows changed (attached, exited, gone). */
  onChange: () => void;
  controller: RefObject<TerminalController | null>;
}

type ViewState = ConnectionState | 'loading';

const STATUS_KEYS = { loading: 'loading', connecting: 'connecting', waiting: 'reconnecting', gone: 'ended' } as const;

/** One terminal on screen. The shell lives on the server; unmounting this only detaches from it. */
export function TerminalView({ terminalId, fontSize, transformInput, onChange, controller }: TerminalViewProps) {
  const t = useT(terminalMessages);
  const host = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedTerminal | null>(null);
  const [state, setState] = useState<ViewState>('loading');
  const [reason, setReason] = useState<string>();
  // xterm's handlers are registered once per terminal; they read the latest props through this ref.
  const latest = useRef({ transformInput, onChange, fontSize });
  latest.current = { transformInput, onChange, fontSize };

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let unmounted = false;
    void mountTerminal(element, {
      terminalId,
      fontSize: latest.current.fontSize,
      transformInput: (data) => latest.current.transformInput(data),
      onChange: () => latest.current.onChange(),
      onState: (next, why) => {
        setState(next);
        setReason(why);
        // Attaching here detaches this terminal from any other page: refresh the tab states now.
        if (next === 'open') latest.current.onChange();
      },
    }).then((terminal) => {
      if (unmounted) return terminal.dispose();
      mounted.current = terminal;
      controller.current = terminal.controller;
    });
    return () => {
      unmounted = true;
      mounted.current?.dispose();
      mounted.current = null;
      controller.current = null;
    };
  }, [terminalId, controller]);

  useEffect(() => mounted.current?.setFontSize(fontSize), [fontSize]);

  const notice = state in STATUS_KEYS ? t(STATUS_KEYS[state as keyof typeof STATUS_KEYS]) : null;
  return (
    <div className="relative h-full min-h-0 bg-surface">
      <div ref={host} data-terminal-id={terminalId} data-connection={state} className="h-full px-1 pt-1" />
      {notice ? (
        <p role="status" className={`absolute right-2 top-2 rounded-full border border-line bg-raised px-3 py-1 text-xs ${state === 'gone' ? 'text-bad' : 'text-muted'}`}>
          {state === 'gone' && reason ? reason : notice}
        </p>
      ) : null}
    </div>
  );
}
