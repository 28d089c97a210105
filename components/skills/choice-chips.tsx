'use client';

export interface Choice {
  key: string;
  label: string;
  count?: number;
}

export interface ChoiceChipsProps {
  label: string;
  choices: Choice[];
  /** The chosen key; null means the first, "all" chip. */
  value: string | null;
  allLabel: string;
  allCount?: number;
  onChange: (key: string | null) => void;
}

function chipClass(active: boolean): string {
  return `flex min-h-11 items-center gap-1.5 whitespace-nowrap rounded-full border px-4 text-sm ${active ? 'border-accent bg-accent text-accent-ink' : 'border-line bg-surface text-ink hover:bg-raised'}`;
}

/**
 * Like FilterChips, but for filters applied in the page itself (no navigation): toggle buttons
 * in a row that scrolls sideways on the phone and wraps on the Mac.
 */
export function ChoiceChips({ label, choices, value, allLabel, allCount, onChange }: ChoiceChipsProps) {
  const chip = (key: string | null, text: string, count: number | undefined) => {
    const active = key === value;
    return (
      <li key={key ?? '\u0000all'} className="shrink-0">
        <button type="button" aria-pressed={active} onClick={() => onChange(active && key !== null ? null : key)} className={chipClass(active)}>
          <span>{text}</span>
          {count !== undefined ? <span className={active ? 'opacity-80' : 'text-muted'}>{count}</span> : null}
        </button>
      </li>
    );
  };
  return (
    <div role="group" aria-label={label} className="overflow-x-auto px-4 pb-2 md:px-8">
      <ul className="flex gap-2 md:flex-wrap">
        {chip(null, allLabel, allCount)}
        {choices.map((c) => chip(c.key, c.label, c.count))}
      </ul>
    </div>
  );
}
