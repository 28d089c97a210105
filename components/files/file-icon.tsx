import type { EntryKind } from '@/lib/files/types';

export interface FileIconProps {
  kind: EntryKind;
  blocked: boolean;
}

/** A folder, a page, or a lock for what Paddock will not open. */
export function FileIcon({ kind, blocked }: FileIconProps) {
  const common = { 'aria-hidden': true, viewBox: '0 0 24 24', className: 'size-5 shrink-0 text-muted', fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  if (blocked) {
    return (
      <svg {...common}>
        <rect x="5" y="11" width="14" height="9" rx="2" />
        <path d="M8 11V8a4 4 0 0 1 8 0v3" />
      </svg>
    );
  }
  if (kind === 'dir') {
    return (
      <svg {...common} className="size-5 shrink-0 text-accent">
        <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5" />
    </svg>
  );
}
