'use client';

import { useCallback, useRef, useState } from 'react';
import { withModifiers, type Modifiers } from './keys';

const NONE: Modifiers = { ctrl: false, alt: false };

export interface StickyModifiers {
  modifiers: Modifiers;
  toggle(name: keyof Modifiers): void;
  /** Applies the armed modifiers to the next input and releases them. */
  apply(data: string): string;
}

/**
 * One-shot Ctrl and Alt for the phone keyboard, which has neither: tap Ctrl, then type C. The ref
 * lets xterm's input handler, registered once, see the current state.
 */
export function useStickyModifiers(): StickyModifiers {
  const [modifiers, setModifiers] = useState<Modifiers>(NONE);
  const current = useRef<Modifiers>(NONE);
  const set = useCallback((next: Modifiers) => {
    current.current = next;
    setModifiers(next);
  }, []);
  const toggle = useCallback((name: keyof Modifiers) => set({ ...current.current, [name]: !current.current[name] }), [set]);
  const apply = useCallback(
    (data: string) => {
      const armed = current.current;
      if (!armed.ctrl && !armed.alt) return data;
      set(NONE);
      return withModifiers(data, armed);
    },
    [set],
  );
  return { modifiers, toggle, apply };
}
