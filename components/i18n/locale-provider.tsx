'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Catalogue, type Translate } from '@/lib/i18n/catalogue';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Hands the locale the server negotiated to client components; the root layout renders it. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * A translator for one feature's catalogue. Each client component imports only the catalogues it
 * uses, so a page's bundle carries its own strings and not every screen's.
 */
export function useT<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const locale = useLocale();
  return useMemo(() => translator(catalogue, locale), [catalogue, locale]);
}
