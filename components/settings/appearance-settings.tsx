import { ThemePicker } from '@/components/theme/theme-picker';
import { themeChoiceFromRequest } from '@/lib/theme/server';

/** The Appearance section of Settings: the theme this device shows. */
export async function AppearanceSettings() {
  const choice = await themeChoiceFromRequest();
  return (
    <section aria-labelledby="appearance-settings" className="flex flex-col gap-4">
      <div>
        <h2 id="appearance-settings" className="text-lg font-semibold">
          Appearance
        </h2>
        <p className="mt-0.5 text-sm text-muted">Colours for this device; the status bar follows them.</p>
      </div>
      <div className="rounded-2xl border border-line bg-surface p-4">
        <ThemePicker initial={choice} />
      </div>
    </section>
  );
}
