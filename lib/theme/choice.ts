import { THEME_FAMILIES, type Palette, type ThemeFamilyId } from './palettes';

/** Per-device cookie, read by the root layout so the first paint already has the chosen colours. */
export const THEME_COOKIE = 'pd-theme';

export const THEME_MODES = ['system', 'light', 'dark'] as const;
export type ThemeMode = (typeof THEME_MODES)[number];
export type Scheme = 'light' | 'dark';

export const THEME_FAMILY_IDS = THEME_FAMILIES.map((family) => family.id) as [ThemeFamilyId, ...ThemeFamilyId[]];

export interface ThemeChoice {
  family: ThemeFamilyId;
  mode: ThemeMode;
}

/** Paddock's own colours, light or dark as the system says. */
export const DEFAULT_THEME_CHOICE: ThemeChoice = { family: 'paddock', mode: 'system' };

/** The cookie value for a choice: `family.mode`, e.g. `sepia.dark`. */
export function serializeThemeChoice(choice: ThemeChoice): string {
  return `${choice.family}.${choice.mode}`;
}

export function paletteOf(family: ThemeFamilyId, scheme: Scheme): Palette {
  const found = THEME_FAMILIES.find((f) => f.id === family) ?? THEME_FAMILIES[0];
  return found[scheme];
}

/** The scheme a choice shows now; `system` needs to know what the device prefers. */
export function schemeOf(choice: ThemeChoice, prefersDark: boolean): Scheme {
  if (choice.mode === 'system') return prefersDark ? 'dark' : 'light';
  return choice.mode;
}

export interface ThemeColor {
  color: string;
  media?: string;
}

/**
 * `<meta name="theme-color">` entries for a choice: the page background, so the iPhone status bar
 * and Safari's toolbar blend into the header; `system` gets one per scheme with a media query.
 */
export function themeColorsOf(choice: ThemeChoice): ThemeColor[] {
  if (choice.mode !== 'system') return [{ color: paletteOf(choice.family, choice.mode).bg }];
  return [
    { media: '(prefers-color-scheme: light)', color: paletteOf(choice.family, 'light').bg },
    { media: '(prefers-color-scheme: dark)', color: paletteOf(choice.family, 'dark').bg },
  ];
}
