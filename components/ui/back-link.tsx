import Link from 'next/link';

export interface BackLinkProps {
  href: string;
  label: string;
}

/** The way back to the list a detail screen was opened from. */
export function BackLink({ href, label }: BackLinkProps) {
  return (
    <Link href={href} className="mx-2 mt-2 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-medium text-accent md:mx-6 md:mt-6">
      <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M15 5l-7 7 7 7" />
      </svg>
      {label}
    </Link>
  );
}
