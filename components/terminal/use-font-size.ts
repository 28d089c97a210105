'use client';

import { useCallback, useEffect, useState } from 'react';

export const MIN_FONT_PX = 8;
export const MAX_FONT_PX = 24;
const STORAGE_KEY = 'paddock.terminal.fontSize';
/** Phones start small enough for about 60 columns at 390 px; larger screens at a comfortable 14 px. */
const PHONE_FONT_PX = 11;
const WIDE_FONT_PX = 14;
const PHONE_MAX_WIDTH_PX = 767;

function initialFontSize(): number {
  const saved = Number(window.localStorage.getItem(STORAGE_KEY));
  if (Number.isInteger(saved) && saved >= MIN_FONT_PX && saved <= MAX_FONT_PX) return saved;
  return window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH_PX}px)`).matches ? PHONE_FONT_PX : WIDE_FONT_PX;
}

/** The terminal's font size in px, changed by A−/A+ and remembered on this device. Undefined until mounted. */
export function useFontSize(): { fontSize: number | undefined; step: (delta: number) => void } {
  const [fontSize, setFontSize] = useState<number | undefined>(undefined);
  useEffect(() => setFontSize(initialFontSize()), []);
  const step = useCallback((delta: number) => {
    setFontSize((current) => {
      const next = Math.min(MAX_FONT_PX, Math.max(MIN_FONT_PX, (current ?? WIDE_FONT_PX) + delta));
      window.localStorage.setItem(STORAGE_KEY, String(next));
      return next;
    });
  }, []);
  return { fontSize, step };
}
