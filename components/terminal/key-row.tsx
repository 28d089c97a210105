'use client';

import type { PointerEvent } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import { ESC, TAB, type Arrow, type Modifiers } from './keys';

export type KeyPress = { kind: 'text'; text: string } | { kind: 'arrow'; arrow: Arrow };

interface KeyDef {
  label: string;
  name: keyof typeof terminalMessages.en;
  press: KeyPress;
}

const KEYS: readonly KeyDef[] = [
  { label: 'Esc', name: 'keyEscape', press: { kind: 'text', text: ESC } },
  { label: 'Tab', name: 'keyTab', press: { kind: 'text', text: TAB } },
  { label: '←', name: 'keyLeft', press: { kind: 'arrow', arrow: 'left' } },
  { label: '↑', name: 'keyUp', press: { kind: 'arrow', arrow: 'up' } },
  { label: '↓', name: 'keyDown', press: { kind: 'arrow', arrow: 'down' } },
  { label: '→', name: 'keyRight', press: { kind: 'arrow', arrow: 'right' } },
  { label: '|', name: 'keyPipe', press: { kind: 'text', text: '|' } },
  { label: '~', name: 'keyTilde', press: { kind: 'text', text: '~' } },
  { label: '/', name: 'keySlash', press: { kind: 'text', text: '/' } },
  { label: '-', name: 'keyDash', press: { kind: 'text', text: '-' } },
];

export interface KeyRowProps {
  modifiers: Modifiers;
  onToggle: (name: keyof Modifiers) => void;
  onPress: (press: KeyPress) => void;
}

// Keeping focus in xterm's hidden textarea keeps the phone keyboard open while these are tapped.
const keepFocus = (event: PointerEvent) => event.preventDefault();

const KEY_CLASS = 'h-11 min-w-11 shrink-0 rounded-lg border border-line px-2 font-mono text-sm active:bg-raised';

/** The keys a phone keyboard lacks, in a row above it. Ctrl and Alt are sticky: tap, then the key. */
export function KeyRow({ modifiers, onToggle, onPress }: KeyRowProps) {
  const t = useT(terminalMessages);
  return (
    <div role="toolbar" aria-label={t('extraKeys')} className="flex gap-1 overflow-x-auto border-t border-line bg-surface px-1 py-1 md:hidden">
      {KEYS.slice(0, 2).map((key) => (
        <button key={key.name} type="button" aria-label={t(key.name)} onPointerDown={keepFocus} onClick={() => onPress(key.press)} className={`${KEY_CLASS} bg-bg text-ink`}>
          {key.label}
        </button>
      ))}
      {(['ctrl', 'alt'] as const).map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={modifiers[name]}
          onPointerDown={keepFocus}
          onClick={() => onToggle(name)}
          className={`${KEY_CLASS} ${modifiers[name] ? 'border-accent bg-accent text-accent-ink' : 'bg-bg text-ink'}`}
        >
          {name === 'ctrl' ? 'Ctrl' : 'Alt'}
        </button>
      ))}
      {KEYS.slice(2).map((key) => (
        <button key={key.name} type="button" aria-label={t(key.name)} onPointerDown={keepFocus} onClick={() => onPress(key.press)} className={`${KEY_CLASS} bg-bg text-ink`}>
          {key.label}
        </button>
      ))}
    </div>
  );
}
