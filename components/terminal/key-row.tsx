'use client';

import type { PointerEvent } from 'react';
import { ESC, TAB, type Arrow, type Modifiers } from './keys';

export type KeyPress = { kind: 'text'; text: string } | { kind: 'arrow'; arrow: Arrow };

interface KeyDef {
  label: string;
  name: string;
  press: KeyPress;
}

const KEYS: readonly KeyDef[] = [
  { label: 'Esc', name: 'Escape', press: { kind: 'text', text: ESC } },
  { label: 'Tab', name: 'Tab', press: { kind: 'text', text: TAB } },
  { label: '←', name: 'Left arrow', press: { kind: 'arrow', arrow: 'left' } },
  { label: '↑', name: 'Up arrow', press: { kind: 'arrow', arrow: 'up' } },
  { label: '↓', name: 'Down arrow', press: { kind: 'arrow', arrow: 'down' } },
  { label: '→', name: 'Right arrow', press: { kind: 'arrow', arrow: 'right' } },
  { label: '|', name: 'Pipe', press: { kind: 'text', text: '|' } },
  { label: '~', name: 'Tilde', press: { kind: 'text', text: '~' } },
  { label: '/', name: 'Slash', press: { kind: 'text', text: '/' } },
  { label: '-', name: 'Dash', press: { kind: 'text', text: '-' } },
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
  return (
    <div role="toolbar" aria-label="Extra keys" className="flex gap-1 overflow-x-auto border-t border-line bg-surface px-1 py-1 md:hidden">
      {KEYS.slice(0, 2).map((key) => (
        <button key={key.name} type="button" aria-label={key.name} onPointerDown={keepFocus} onClick={() => onPress(key.press)} className={`${KEY_CLASS} bg-bg text-ink`}>
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
        <button key={key.name} type="button" aria-label={key.name} onPointerDown={keepFocus} onClick={() => onPress(key.press)} className={`${KEY_CLASS} bg-bg text-ink`}>
          {key.label}
        </button>
      ))}
    </div>
  );
}
