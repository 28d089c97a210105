import { LOCALE_COOKIE, type Locale } from './locales';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * The `document.cookie` line that keeps this device's language (or forgets it, to follow the
 * browser again). Not HttpOnly on purpose: it is a preference the page itself sets, read by the
 * server on the next render so the first paint is already in that language.
 */
export function localeCookieLine(choice: Locale | null, secure: boolean): string {
  const value = choice ?? '';
  const age = choice ? ONE_YEAR_S : 0;
  return `${LOCALE_COOKIE}=${value}; Path=/; Max-Age=${age}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
