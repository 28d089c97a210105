import 'server-only';
import { cookies } from 'next/headers';
import { THEME_COOKIE, type ThemeChoice } from './choice';
import { parseThemeChoice } from './parse-choice';

/** The theme this device chose, from its cookie; the default when it chose none. */
export async function themeChoiceFromRequest(): Promise<ThemeChoice> {
  return parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
}
