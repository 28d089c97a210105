import { describe, expect, it } from 'vitest';
import { THEME_FAMILIES, type Palette, type ThemeToken } from '@/lib/theme/palettes';
import { blend, contrastRatio } from './contrast';

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

interface Pair {
  fg: ThemeToken;
  on: ThemeToken | { token: ThemeToken; alpha: number; over: ThemeToken };
  min: number;
  where: string;
}

const SURFACES: ThemeToken[] = ['bg', 'surface', 'raised'];
const textOn = (fg: ThemeToken, where: string): Pair[] => SURFACES.map((on) => ({ fg, on, min: AA_TEXT, where }));

/**
 * The foreground/background pairs the components actually draw (found with a grep for text-*, bg-*
 * in components/ and app/). Lines (`border-line`, `divide-line`) are decorative separators: every
 * control is also told apart by its label, fill or position, so they are not held to 3:1.
 */
const PAIRS: Pair[] = [
  ...textOn('ink', 'body text'),
  ...textOn('muted', 'secondary text'),
  ...textOn('accent', 'links, active tab, back links'),
  ...textOn('ok', 'success messages'),
  ...textOn('warn', 'warnings'),
  ...textOn('bad', 'errors, log out'),
  { fg: 'accent-ink', on: 'accent', min: AA_TEXT, where: 'primary buttons' },
  { fg: 'bg', on: 'ink', min: AA_TEXT, where: 'offline notice, stop button' },
  { fg: 'bg', on: 'bad', min: AA_TEXT, where: 'unread badge' },
  { fg: 'ink', on: { token: 'warn', alpha: 0.25, over: 'surface' }, min: AA_TEXT, where: 'search hit highlight' },
  ...SURFACES.map((on): Pair => ({ fg: 'accent', on, min: AA_NON_TEXT, where: 'focus ring, selected chip border' })),
];

function background(palette: Palette, on: Pair['on']): string {
  return typeof on === 'string' ? palette[on] : blend(palette[on.token], on.alpha, palette[on.over]);
}

function failures(palette: Palette): string[] {
  return PAIRS.flatMap(({ fg, on, min, where }) => {
    const ratio = contrastRatio(palette[fg], background(palette, on));
    const name = typeof on === 'string' ? on : `${on.token}/${on.alpha * 100} over ${on.over}`;
    return ratio >= min ? [] : [`${fg} on ${name} (${where}): ${ratio.toFixed(2)} < ${min}`];
  });
}

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('rejects a palette whose muted text is too light, so the check can fail', () => {
    const washedOut: Palette = { ...THEME_FAMILIES[0].light, muted: '#8a8a8a' };
    expect(failures(washedOut)).toEqual(expect.arrayContaining([expect.stringMatching(/^muted on bg/)]));
  });
});

describe.each(THEME_FAMILIES.flatMap((family) => (['light', 'dark'] as const).map((scheme) => [`${family.id}-${scheme}`, family[scheme]] as const)))(
  'the %s theme',
  (_name, palette) => {
    it('meets WCAG AA for every text and control colour pair the UI draws', () => {
      expect(failures(palette)).toEqual([]);
    });
  },
);

it('offers four families, each with a light and a dark palette', () => {
  expect(THEME_FAMILIES).toHaveLength(4);
  expect(new Set(THEME_FAMILIES.map((f) => f.id)).size).toBe(4);
});
