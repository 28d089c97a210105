'use client';

export interface SearchBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** A search field that filters as you type; the phone keyboard shows "Search". */
export function SearchBox({ label, value, onChange, placeholder = label }: SearchBoxProps) {
  return (
    <div role="search" className="px-4 pb-3 md:max-w-4xl md:px-8">
      <input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
        placeholder={placeholder}
        enterKeyHint="search"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="none"
        spellCheck={false}
        className="min-h-11 w-full rounded-xl border border-line bg-surface px-3 text-base outline-none focus:border-accent"
      />
    </div>
  );
}
