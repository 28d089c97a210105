import { deviceCookieLine } from '@/lib/http/device-cookie';
import { LOCALE_COOKIE, type Locale } from './locales';

/** The cookie line that keeps this device's language, or forgets it to follow the browser again. */
export function localeCookieLine(choice: Locale | null, secure: boolean): string {
  return deviceCookieLine(LOCALE_COOKIE, choice, secure);
}
