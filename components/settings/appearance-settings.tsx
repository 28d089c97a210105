import { ThemePicker } from '@/components/theme/theme-picker';
import { themeChoiceFromRequest } from '@/lib/theme/server';

/** The Appearance section of Settings: the theme this device shows. */
export async function AppearanceSettings() {
  const choice = await themeChoiceFromRequest();
  return (
    <section aria-labelledby="appearance-heading" className="rounded-2xl border border-line bg-surface p-4">
      <h2 id="appearance-heading" className="mb-3 text-lg font-semibold">
        Appearance
      </h2>
      <ThemePicker initial={choice} />
    </section>
  );
}
