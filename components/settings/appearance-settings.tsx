import { ThemePicker } from '@/components/theme/theme-picker';
import { appearanceMessages } from '@/lib/i18n/messages/appearance';
import { getT } from '@/lib/i18n/server';
import { themeChoiceFromRequest } from '@/lib/theme/server';

/** The Appearance section of Settings: the theme this device shows. */
export async function AppearanceSettings() {
  const [choice, t] = await Promise.all([themeChoiceFromRequest(), getT(appearanceMessages)]);
  return (
    <section aria-labelledby="appearance-settings" className="flex flex-col gap-4">
      <div>
        <h2 id="appearance-settings" className="text-lg font-semibold">
          {t('appearance')}
        </h2>
        <p className="mt-0.5 text-sm text-muted">{t('appearanceHint')}</p>
      </div>
      <div className="rounded-2xl border border-line bg-surface p-4">
        <ThemePicker initial={choice} />
      </div>
    </section>
  );
}
