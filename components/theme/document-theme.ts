import { useSyncExternalStore } from 'react';
import {
  DEFAULT_THEME_CHOICE,
  paletteOf,
  schemeOf,
  serializeThemeChoice,
  THEME_COOKIE,
  THEME_FAMILY_IDS,
  THEME_MODES,
  type Scheme,
  type ThemeChoice,
} from '@/lib/theme/choice';
import { deviceCookieLine } from '@/lib/http/device-cookie';
import type { Palette } from '@/lib/theme/palettes';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme the page shows: what the root layout wrote on <html>, or what was chosen since. */
export function documentThemeChoice(): ThemeChoice {
  const { theme, mode } = document.documentElement.dataset;
  const family = THEME_FAMILY_IDS.find((id) => id === theme);
  const shownMode = THEME_MODES.find((m) => m === mode);
  return family && shownMode ? { family, mode: shownMode } : DEFAULT_THEME_CHOICE;
}

export function documentScheme(): Scheme {
  return schemeOf(documentThemeChoice(), window.matchMedia(DARK_QUERY).matches);
}

/** The palette on screen now, with the system's light or dark already resolved. */
export function documentPalette(): Palette {
  return paletteOf(documentThemeChoice().family, documentScheme());
}

/** e.g. `sepia-dark`: changes exactly when the colours on screen change. */
export function documentThemeKey(): string {
  return `${documentThemeChoice().family}-${documentScheme()}`;
}

/**
 * Calls `onChange` whenever the colours on screen change: another theme chosen in Settings (the
 * <html> attributes change) or the system switching between light and dark. Returns the unsubscribe.
 */
export function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-mode'] });
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    query.removeEventListener('change', onChange);
  };
}

/** The theme key, following changes; null while rendering on the server. */
export function useThemeKey(): string | null {
  return useSyncExternalStore(subscribeTheme, documentThemeKey, () => null);
}

/** Shows `choice` at once and keeps it on this device; the server reads the cookie on the next load. */
export function applyThemeChoice(choice: ThemeChoice): void {
  document.cookie = deviceCookieLine(THEME_COOKIE, serializeThemeChoice(choice), window.location.protocol === 'https:');
  document.documentElement.dataset.theme = choice.family;
  document.documentElement.dataset.mode = choice.mode;
}
