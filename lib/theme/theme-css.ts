import { type ThemeFamilyId, THEME_FAMILIES, THEME_TOKENS, type Palette } from './palettes';

function declarations(palette: Palette, scheme: 'light' | 'dark'): string {
  return `${THEME_TOKENS.map((token) => `--pd-${token}:${palette[token]}`).join(';')};color-scheme:${scheme}`;
}

function familyRules(id: ThemeFamilyId, light: Palette, dark: Palette, isDefault: boolean): string {
  // Without a data-theme attribute (a page rendered without the layout) the default family applies.
  const base = `:root[data-theme="${id}"]${isDefault ? ',:root:not([data-theme])' : ''}`;
  const system = `:root[data-theme="${id}"][data-mode="system"]${isDefault ? ',:root:not([data-theme])' : ''}`;
  return [
    `${base}{${declarations(light, 'light')}}`,
    `:root[data-theme="${id}"][data-mode="dark"]{${declarations(dark, 'dark')}}`,
    `@media (prefers-color-scheme:dark){${system}{${declarations(dark, 'dark')}}}`,
  ].join('\n');
}

/**
 * The stylesheet that gives `--pd-*` their values for every theme, keyed on `<html data-theme
 * data-mode>`. The root layout inlines it, so "follow the system" needs no script: the media query
 * picks the palette before first paint.
 */
export function themeStyleSheet(): string {
  return THEME_FAMILIES.map((family, index) => familyRules(family.id, family.light, family.dark, index === 0)).join('\n');
}
