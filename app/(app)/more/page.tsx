import type { Metadata } from 'next';
import Link from 'next/link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { PADDOCK_VERSION } from '@/lib/meta/version';

export const metadata: Metadata = { title: 'More' };

const LATER = ['Files', 'Terminal', 'Jobs', 'Settings'];
/** Entries of LATER that are built, with where they live. */
const BUILT: Readonly<Record<string, string>> = { Files: '/files', Terminal: '/terminal', Jobs: '/jobs', Settings: '/settings' };

export default function MorePage() {
  return (
    <>
      <ScreenHeader title="More" />
      <ul className="mx-4 divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface md:mx-8">
        {LATER.map((name) => BUILT[name] ? (
          <li key={name}>
            <Link href={BUILT[name]} className="flex min-h-12 items-center justify-between px-4 hover:bg-raised">
              <span>{name}</span>
              <span aria-hidden className="text-muted">›</span>
            </Link>
          </li>
        ) : (
          <li key={name} className="flex min-h-12 items-center justify-between px-4 text-muted">
            <span>{name}</span>
            <span className="text-xs">not built yet</span>
          </li>
        ))}
      </ul>
      <form method="post" action="/api/auth/logout" className="mx-4 mt-6 md:mx-8">
        <button type="submit" className="h-12 w-full rounded-xl border border-line bg-surface font-medium text-bad md:w-auto md:px-6">
          Log out
        </button>
      </form>
      <p className="mx-4 mt-6 text-xs text-muted md:mx-8">Paddock {PADDOCK_VERSION}</p>
    </>
  );
}
