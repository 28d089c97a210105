'use client';

import { loader, type Monaco } from '@monaco-editor/react';
import { useSyncExternalStore } from 'react';

/**
 * Monaco comes from Paddock's own origin: scripts/copy-monaco.ts copies its AMD build to
 * public/monaco/vs, and the loader would otherwise fetch it from a CDN, which the CSP blocks and
 * the tailnet may not reach. The loader adds its <script> from our code, which 'strict-dynamic'
 * lets run; Monaco then loads the rest the same way and starts its workers from blob: URLs.
 */
loader.config({ paths: { vs: '/monaco/vs' } });

export const LIGHT_THEME = 'paddock-light';
export const DARK_THEME = 'paddock-dark';

function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(value) ? value : fallback;
}

/**
 * Defines the editor theme for the scheme the page shows now from the app's own colour variables,
 * so the editor sits on the same surface as everything else; returns its name. Call it again when
 * the scheme changes: the variables then hold the other palette.
 */
export function applyTheme(monaco: Monaco, dark: boolean): string {
  const name = dark ? DARK_THEME : LIGHT_THEME;
  monaco.editor.defineTheme(name, {
    base: dark ? 'vs-dark' : 'vs',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': cssColor('--pd-surface', dark ? '#1c1d1a' : '#ffffff'),
      'editor.foreground': cssColor('--pd-ink', dark ? '#ecebe6' : '#1d1c19'),
      'editorLineNumber.foreground': cssColor('--pd-muted', dark ? '#a9a79e' : '#5c5950'),
      'editorCursor.foreground': cssColor('--pd-accent', dark ? '#7cc6a0' : '#2f6b4f'),
      'editor.lineHighlightBackground': cssColor('--pd-raised', dark ? '#262823' : '#eeece6'),
    },
  });
  return name;
}

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True while the system is in dark mode, following changes. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia('(prefers-color-scheme: dark)').matches,
    () => false,
  );
}
