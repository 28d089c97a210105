'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { appearanceMessages } from '@/lib/i18n/messages/appearance';
import type { ThemeChoice, ThemeMode } from '@/lib/theme/choice';
import { THEME_FAMILIES, type Palette, type ThemeFamilyId } from '@/lib/theme/palettes';
import { applyThemeChoice } from './document-theme';

const MODE_LABELS = { system: 'matchSystem', light: 'light', dark: 'dark' } as const satisfies Record<ThemeMode, string>;
const FAMILY_LABELS = { paddock: 'familyPaddock', harbour: 'familyHarbour', contrast: 'familyHighContrast', sepia: 'familySepia' } as const satisfies Record<ThemeFamilyId, string>;

/** A native radio hidden inside its label: the label shows the focus ring the radio cannot. */
const OPTION_FOCUS = 'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent';

function Swatch({ palette }: { palette: Palette }) {
  return (
    <span aria-hidden className="flex h-14 flex-1 flex-col gap-1 rounded-lg border p-1.5" style={{ background: palette.bg, borderColor: palette.line }}>
      <span className="flex flex-1 flex-col justify-center gap-1 rounded-md px-1.5" style={{ background: palette.surface }}>
        <span className="h-1 w-4/5 rounded-full" style={{ background: palette.ink }} />
        <span className="h-1 w-1/2 rounded-full" style={{ background: palette.muted }} />
      </span>
      <span className="h-2 w-6 self-end rounded-full" style={{ background: palette.accent }} />
    </span>
  );
}

export interface ThemePickerProps {
  /** The choice the server read from this device's cookie. */
  initial: ThemeChoice;
}

/** Four colour families and light, dark or following the system; applied at once, kept per device. */
export function ThemePicker({ initial }: ThemePickerProps) {
  const t = useT(appearanceMessages);
  const router = useRouter();
  const [choice, setChoice] = useState(initial);
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    applyThemeChoice(next);
    // The server renders the status-bar colour (<meta name="theme-color">) from the new cookie.
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-5">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t('colours')}</legend>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {THEME_FAMILIES.map((family) => (
            <label
              key={family.id}
              className={`flex cursor-pointer flex-col gap-2 rounded-xl border border-line p-2 has-[:checked]:border-accent has-[:checked]:bg-raised ${OPTION_FOCUS}`}
            >
              <input type="radio" name="theme-family" value={family.id} checked={choice.family === family.id} onChange={() => choose({ ...choice, family: family.id })} className="sr-only" />
              <span className="flex gap-1.5">
                <Swatch palette={family.light} />
                <Swatch palette={family.dark} />
              </span>
              <span className="flex min-h-6 items-center justify-between px-1 text-sm font-medium">
                {t(FAMILY_LABELS[family.id])}
                {choice.family === family.id ? <span aria-hidden className="size-2.5 rounded-full bg-accent" /> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t('lightOrDark')}</legend>
        <div className="grid grid-cols-3 gap-1 rounded-xl border border-line bg-raised p-1">
          {(Object.keys(MODE_LABELS) as ThemeMode[]).map((mode) => (
            <label
              key={mode}
              className={`flex min-h-11 cursor-pointer items-center justify-center rounded-lg px-2 text-center text-sm font-medium text-muted has-[:checked]:bg-surface has-[:checked]:text-ink has-[:checked]:shadow-sm ${OPTION_FOCUS}`}
            >
              <input type="radio" name="theme-mode" value={mode} checked={choice.mode === mode} onChange={() => choose({ ...choice, mode })} className="sr-only" />
              {t(MODE_LABELS[mode])}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
