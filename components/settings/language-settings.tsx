import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { settingsMessages } from '@/lib/i18n/messages/settings';
import { getT } from '@/lib/i18n/server';
import { LanguageSwitch } from './language-switch';

/** The Language section of Settings: this device's language, or the browser's. */
export async function LanguageSettings() {
  const [t, cookieStore] = await Promise.all([getT(settingsMessages), cookies()]);
  const saved = cookieStore.get(LOCALE_COOKIE)?.value;
  return (
    <section aria-labelledby="language-settings" className="flex flex-col gap-4">
      <div>
        <h2 id="language-settings" className="text-lg font-semibold">
          {t('language')}
        </h2>
        <p className="mt-0.5 text-sm text-muted">{t('languageHint')}</p>
      </div>
      <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4">
        <LanguageSwitch initial={isLocale(saved) ? saved : null} />
        <p className="text-xs text-muted">{t('keptHere')}</p>
      </div>
    </section>
  );
}
