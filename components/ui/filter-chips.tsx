import Link from 'next/link';

export interface FilterChip {
  key: string;
  label: string;
  href: string;
  /** Shown after the label, e.g. a count. */
  count?: number;
  active: boolean;
}

export interface FilterChipsProps {
  label: string;
  chips: FilterChip[];
  /** Fetch each filter's page ahead when it comes into view (Next's default); off keeps a screen's start-up quiet. */
  prefetch?: boolean;
}

/** A row of filter links that scrolls sideways on the phone and wraps on the Mac. */
export function FilterChips({ label, chips, prefetch }: FilterChipsProps) {
  return (
    <nav aria-label={label} className="overflow-x-auto px-4 pb-2 md:px-8">
      <ul className="flex gap-2 md:flex-wrap">
        {chips.map((chip) => (
          <li key={chip.key} className="shrink-0">
            <Link
              href={chip.href}
              prefetch={prefetch === false ? false : undefined}
              aria-current={chip.active ? 'true' : undefined}
              className={`flex min-h-11 items-center gap-1.5 whitespace-nowrap rounded-full border px-4 text-sm ${chip.active ? 'border-accent bg-accent text-accent-ink' : 'border-line bg-surface text-ink hover:bg-raised'}`}
            >
              <span>{chip.label}</span>
              {chip.count !== undefined ? <span className={chip.active ? 'opacity-80' : 'text-muted'}>{chip.count}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
