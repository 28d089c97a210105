import { z } from 'zod';
import { DEFAULT_THEME_CHOICE, THEME_FAMILY_IDS, THEME_MODES, type ThemeChoice } from './choice';

const themeChoiceSchema = z.object({ family: z.enum(THEME_FAMILY_IDS), mode: z.enum(THEME_MODES) });

/** The choice a cookie value (`family.mode`) names; the default for a missing, old or tampered value. */
export function parseThemeChoice(value: string | undefined): ThemeChoice {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(value ?? '');
  const parsed = themeChoiceSchema.safeParse({ family: match?.[1], mode: match?.[2] });
  return parsed.success ? parsed.data : DEFAULT_THEME_CHOICE;
}
