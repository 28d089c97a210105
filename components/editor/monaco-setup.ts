'use client';

import { loader, type Monaco } from '@monaco-editor/react';
import { documentPalette, documentScheme, documentThemeKey } from '@/components/theme/document-theme';

/**
 * Monaco comes from Paddock's own origin: scripts/copy-monaco.ts copies its AMD build to
 * public/monaco/vs, and the loader would otherwise fetch it from a CDN, which the CSP blocks and
 * the tailnet may not reach. The loader adds its <script> from our code, which 'strict-dynamic'
 * lets run; Monaco then loads the rest the same way and starts its workers from blob: URLs.
 */
loader.config({ paths: { vs: '/monaco/vs' } });

function cssColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(value) ? value : fallback;
}

/**
 * Defines the editor theme for the theme the page shows now from the app's own colour variables,
 * so the editor sits on the same surface as everything else; returns its name. Call it again when
 * the theme changes (useThemeKey says when): the variables then hold the other palette.
 */
export function applyTheme(monaco: Monaco): string {
  const dark = documentScheme() === 'dark';
  const palette = documentPalette();
  const name = `paddock-${documentThemeKey()}`;
  monaco.editor.defineTheme(name, {
    base: dark ? 'vs-dark' : 'vs',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': cssColor('--pd-surface', palette.surface),
      'editor.foreground': cssColor('--pd-ink', palette.ink),
      'editorLineNumber.foreground': cssColor('--pd-muted', palette.muted),
      'editorCursor.foreground': cssColor('--pd-accent', palette.accent),
      'editor.lineHighlightBackground': cssColor('--pd-raised', palette.raised),
    },
  });
  return name;
}
