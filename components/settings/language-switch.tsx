'use client';

import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { localeCookieLine } from '@/lib/i18n/locale-cookie';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';
import { settingsMessages } from '@/lib/i18n/messages/settings';
import { localeFromLanguages } from '@/lib/i18n/negotiate';

const noSubscription = () => () => {};

/** A native radio hidden inside its label: the label shows the focus ring the radio cannot. */
const OPTION =
  'flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-xl border border-line px-3 text-sm font-medium has-[:checked]:border-accent has-[:checked]:bg-raised has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent';

export interface LanguageSwitchProps {
  /** This device's saved choice, from its cookie; null follows the browser. */
  initial: Locale | null;
}

/** Follow the browser, English or 繁體中文: applied at once (the server renders the page again), kept per device. */
export function LanguageSwitch({ initial }: LanguageSwitchProps) {
  const t = useT(settingsMessages);
  const router = useRouter();
  const [choice, setChoice] = useState<Locale | null>(initial);
  // What "follow the browser" means here; unknown while rendering on the server.
  const browser = useSyncExternalStore(
    noSubscription,
    () => localeFromLanguages(navigator.languages),
    () => null,
  );
  const choose = (next: Locale | null) => {
    setChoice(next);
    document.cookie = localeCookieLine(next, window.location.protocol === 'https:');
    router.refresh();
  };
  const options: { value: Locale | null; label: string; lang?: string }[] = [
    { value: null, label: browser ? t('followBrowserNow', { language: LOCALE_NAMES[browser] }) : t('followBrowser') },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale })),
  ];
  return (
    <fieldset className="flex flex-col gap-2" data-testid="language-switch">
      <legend className="sr-only">{t('language')}</legend>
      {options.map((option) => (
        <label key={option.value ?? 'browser'} className={OPTION} lang={option.lang}>
          <input type="radio" name="language" value={option.value ?? ''} checked={choice === option.value} onChange={() => choose(option.value)} className="sr-only" />
          {option.label}
          {choice === option.value ? <span aria-hidden className="size-2.5 rounded-full bg-accent" /> : null}
        </label>
      ))}
    </fieldset>
  );
}
