import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { translator, type Catalogue, type Translate } from './catalogue';
import { LOCALE_COOKIE, type Locale } from './locales';
import { negotiateLocale } from './negotiate';

/** This request's locale: the device's cookie, else the browser's Accept-Language. Once per request. */
export const getLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
});

/** A translator for server components and route handlers; the strings never reach the client bundle. */
export async function getT<K extends string>(catalogue: Catalogue<K>): Promise<Translate<K>> {
  return translator(catalogue, await getLocale());
}
