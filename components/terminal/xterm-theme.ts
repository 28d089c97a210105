import type { ITheme } from '@xterm/xterm';

/** System monospace fonts only: nothing may load from another origin, and the tailnet may be offline. */
export const TERMINAL_FONT_FAMILY = 'ui-monospace, "SF Mono", SFMono-Regular, Menlo, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace';

function withAlpha(color: string, alpha: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}${alpha}` : color;
}

/** xterm colours taken from Paddock's theme variables, so the terminal follows the chosen theme;
 * mount-terminal calls it again whenever the theme changes. */
export function xtermTheme(): ITheme {
  const css = getComputedStyle(document.documentElement);
  const token = (name: string) => css.getPropertyValue(name).trim();
  const accent = token('--pd-accent');
  return {
    background: token('--pd-surface'),
    foreground: token('--pd-ink'),
    cursor: accent,
    cursorAccent: token('--pd-surface'),
    selectionBackground: withAlpha(accent, '66'),
    scrollbarSliderBackground: withAlpha(token('--pd-muted'), '44'),
  };
}
