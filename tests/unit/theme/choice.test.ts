import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME_CHOICE, schemeOf, serializeThemeChoice, themeColorsOf } from '@/lib/theme/choice';
import { parseThemeChoice } from '@/lib/theme/parse-choice';
import { THEME_FAMILIES } from '@/lib/theme/palettes';
import { themeStyleSheet } from '@/lib/theme/theme-css';

describe('theme choice cookie', () => {
  it('reads back what it wrote', () => {
    expect(parseThemeChoice(serializeThemeChoice({ family: 'sepia', mode: 'dark' }))).toEqual({ family: 'sepia', mode: 'dark' });
  });

  it('falls back to the default for a missing, unknown or tampered value', () => {
    for (const value of [undefined, '', 'sepia', 'neon.dark', 'sepia.dim', 'sepia.dark.x"><script>']) {
      expect(parseThemeChoice(value)).toEqual(DEFAULT_THEME_CHOICE);
    }
  });
});

describe('theme colours', () => {
  it('follows the device only when the mode is system', () => {
    expect(schemeOf({ family: 'harbour', mode: 'system' }, true)).toBe('dark');
    expect(schemeOf({ family: 'harbour', mode: 'system' }, false)).toBe('light');
    expect(schemeOf({ family: 'harbour', mode: 'light' }, true)).toBe('light');
  });

  it('gives the status bar the background of the chosen palette', () => {
    const harbour = THEME_FAMILIES.find((f) => f.id === 'harbour')!;
    expect(themeColorsOf({ family: 'harbour', mode: 'dark' })).toEqual([{ color: harbour.dark.bg }]);
    expect(themeColorsOf({ family: 'harbour', mode: 'system' })).toEqual([
      { media: '(prefers-color-scheme: light)', color: harbour.light.bg },
      { media: '(prefers-color-scheme: dark)', color: harbour.dark.bg },
    ]);
  });

  it('writes a rule for every family and scheme into the stylesheet', () => {
    const css = themeStyleSheet();
    for (const family of THEME_FAMILIES) {
      expect(css).toContain(`:root[data-theme="${family.id}"][data-mode="dark"]{--pd-bg:${family.dark.bg};`);
      expect(css).toContain(`--pd-bg:${family.light.bg};`);
    }
  });
});
