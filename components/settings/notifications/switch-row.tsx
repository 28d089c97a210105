'use client';

export interface SwitchRowProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** One labelled on/off switch spanning its row, 44 px tall so a thumb finds it. */
export function SwitchRow({ label, checked, disabled = false, onChange }: SwitchRowProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      className="flex min-h-11 w-full items-center justify-between gap-3 px-4 py-2 text-left focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent disabled:opacity-60"
    >
      <span className="min-w-0 break-words text-sm">{label}</span>
      <span aria-hidden className={`relative h-7 w-12 shrink-0 rounded-full border transition-colors ${checked ? 'border-accent bg-accent' : 'border-line bg-raised'}`}>
        <span className={`absolute top-0.5 size-5.5 rounded-full bg-surface shadow-sm transition-transform ${checked ? 'translate-x-5.5' : 'translate-x-0.5'}`} />
      </span>
    </button>
  );
}
