'use client';

import { useCallback, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import type { TerminalList } from '@/lib/terminal/protocol';
import { ClipboardSheet, type ClipboardSheetMode } from './clipboard-sheet';
import { KeyRow, type KeyPress } from './key-row';
import { TerminalTabs } from './terminal-tabs';
import { TerminalToolbar } from './terminal-toolbar';
import type { TerminalController } from './mount-terminal';
import { TerminalView } from './terminal-view';
import { useFillHeight } from '@/components/hooks/use-fill-height';
import { writeClipboard } from '@/components/ui/clipboard';
import { useFontSize } from './use-font-size';
import { useStickyModifiers } from './use-modifiers';
import { useTerminals } from './use-terminals';

export interface TerminalScreenProps {
  initial: TerminalList;
  /** A command to type into a new terminal without running it (from `/terminal?type=`). */
  typeIn?: string;
}

/** Tabs, the terminal on screen, its toolbar and the phone's extra keys, filling the visible screen. */
export function TerminalScreen({ initial, typeIn }: TerminalScreenProps) {
  const t = useT(terminalMessages);
  const box = useRef<HTMLDivElement>(null);
  useFillHeight(box, 160);
  const state = useTerminals(initial, typeIn);
  const { fontSize, step } = useFontSize();
  const modifiers = useStickyModifiers();
  const controller = useRef<TerminalController | null>(null);
  const [sheet, setSheet] = useState<ClipboardSheetMode>();
  const active = state.terminals.find((t) => t.id === state.activeId);
  const { refresh } = state;
  const onChange = useCallback(() => void refresh(), [refresh]);

  const press = (key: KeyPress) => {
    const terminal = controller.current;
    if (!terminal) return;
    terminal.send(modifiers.apply(key.kind === 'text' ? key.text : terminal.arrow(key.arrow)));
  };

  const copy = async () => {
    const terminal = controller.current;
    if (!terminal) return;
    const selection = terminal.selection();
    // When the Clipboard API is missing or refused, the sheet below still lets the user copy.
    if (selection && (await writeClipboard(selection))) return;
    setSheet({ kind: 'copy', text: selection || terminal.recentText() });
  };

  const paste = async () => {
    const terminal = controller.current;
    if (!terminal) return;
    if (window.isSecureContext) {
      try {
        const text = await navigator.clipboard.readText();
        if (text) {
          terminal.paste(text);
          terminal.focus();
          return;
        }
      } catch {
        // Refused or unsupported: the sheet below takes a normal paste instead.
      }
    }
    setSheet({ kind: 'paste' });
  };

  const close = () => {
    if (!active) return;
    if (active.status === 'running' && !window.confirm(t('confirmClose', { name: active.name }))) return;
    void state.close(active.id);
  };

  return (
    <div ref={box} className="flex h-[calc(100dvh-7rem)] flex-col overflow-hidden md:h-dvh">
      <TerminalTabs terminals={state.terminals} activeId={state.activeId} canCreate={!state.creating && state.terminals.length < state.max} onSelect={state.select} onNew={() => void state.create()} />
      <TerminalToolbar
        key={active?.id}
        name={active?.name}
        fontSize={fontSize}
        onFontStep={step}
        onCopy={() => void copy()}
        onPaste={() => void paste()}
        onRename={(name) => active && void state.rename(active.id, name)}
        onClose={close}
      />
      {state.problem ? (
        <div role="alert" className="flex items-center gap-2 border-b border-line bg-raised px-3 py-1 text-sm text-bad">
          <span className="flex-1">{state.problem}</span>
          <button type="button" onClick={state.dismissProblem} className="h-11 px-2 text-muted hover:text-ink">
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      <div className="min-h-0 flex-1 bg-surface">
        {active && fontSize !== undefined ? (
          <TerminalView key={active.id} terminalId={active.id} fontSize={fontSize} transformInput={modifiers.apply} onChange={onChange} controller={controller} />
        ) : (
          <div className="grid h-full place-items-center p-6 text-center text-sm text-muted">
            {state.creating ? (
              <p>{t('opening')}</p>
            ) : (
              <div>
                <p>{t('noneOpen')}</p>
                <button type="button" onClick={() => void state.create()} className="mt-3 h-11 rounded-xl bg-accent px-4 font-medium text-accent-ink">
                  {t('newTerminal')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
      <KeyRow modifiers={modifiers.modifiers} onToggle={modifiers.toggle} onPress={press} />
      {sheet ? (
        <ClipboardSheet
          mode={sheet}
          onClose={() => setSheet(undefined)}
          onPaste={(text) => {
            controller.current?.paste(text);
            setSheet(undefined);
          }}
        />
      ) : null}
    </div>
  );
}
