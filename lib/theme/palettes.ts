/** The colour roles every theme fills; components use them through Tailwind (bg-bg, text-ink, ...). */
export const THEME_TOKENS = ['bg', 'surface', 'raised', 'line', 'ink', 'muted', 'accent', 'accent-ink', 'ok', 'warn', 'bad'] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number];
export type Palette = Readonly<Record<ThemeToken, `#${string}`>>;

export interface ThemeFamily {
  id: string;
  label: string;
  light: Palette;
  dark: Palette;
}

/**
 * Four families, each with a light and a dark palette. Every text pair the UI uses must reach WCAG
 * AA (tests/unit/theme/contrast.test.ts checks them), so a new colour is tuned there, not by eye.
 */
export const THEME_FAMILIES = [
  {
    id: 'paddock',
    label: 'Paddock',
    light: {
      bg: '#f6f5f1', surface: '#ffffff', raised: '#eeece6', line: '#d9d6cc', ink: '#1d1c19', muted: '#5c5950',
      accent: '#2f6b4f', 'accent-ink': '#ffffff', ok: '#2a7039', warn: '#8a5a00', bad: '#b3261e',
    },
    dark: {
      bg: '#141513', surface: '#1c1d1a', raised: '#262823', line: '#3a3c36', ink: '#ecebe6', muted: '#a9a79e',
      accent: '#7cc6a0', 'accent-ink': '#0f1a14', ok: '#7cc68a', warn: '#e0b25c', bad: '#f08a80',
    },
  },
  {
    id: 'harbour',
    label: 'Harbour',
    light: {
      bg: '#f2f5f9', surface: '#ffffff', raised: '#e6ebf2', line: '#cdd5e0', ink: '#131a24', muted: '#4d5969',
      accent: '#1f57b8', 'accent-ink': '#ffffff', ok: '#1d7044', warn: '#8a5300', bad: '#b42318',
    },
    dark: {
      bg: '#0e131a', surface: '#151c26', raised: '#1e2733', line: '#323f50', ink: '#e5ebf3', muted: '#9ba9bb',
      accent: '#86b4ff', 'accent-ink': '#0a1526', ok: '#6fcf97', warn: '#f0b555', bad: '#ff8f86',
    },
  },
  {
    id: 'contrast',
    label: 'High contrast',
    light: {
      bg: '#ffffff', surface: '#ffffff', raised: '#ececec', line: '#767676', ink: '#000000', muted: '#333333',
      accent: '#0033cc', 'accent-ink': '#ffffff', ok: '#005a1e', warn: '#6b3f00', bad: '#a30000',
    },
    dark: {
      bg: '#000000', surface: '#0a0a0a', raised: '#1f1f1f', line: '#8c8c8c', ink: '#ffffff', muted: '#d6d6d6',
      accent: '#ffd23f', 'accent-ink': '#000000', ok: '#6ee787', warn: '#ffc46b', bad: '#ff8a8a',
    },
  },
  {
    id: 'sepia',
    label: 'Sepia',
    light: {
      bg: '#f6efe4', surface: '#fffaf2', raised: '#ede3d3', line: '#d9cab4', ink: '#2a1f17', muted: '#67564a',
      accent: '#9c3645', 'accent-ink': '#ffffff', ok: '#3b6e2a', warn: '#85500a', bad: '#a8321f',
    },
    dark: {
      bg: '#1a1411', surface: '#231b17', raised: '#2e241f', line: '#4a3c33', ink: '#f1e6da', muted: '#bba999',
      accent: '#eb98a3', 'accent-ink': '#2a0d13', ok: '#9ccf7f', warn: '#e9b96a', bad: '#ff9a85',
    },
  },
] as const satisfies readonly ThemeFamily[];

export type ThemeFamilyId = (typeof THEME_FAMILIES)[number]['id'];
