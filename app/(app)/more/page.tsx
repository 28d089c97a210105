import Link from 'next/link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { moreMessages } from '@/lib/i18n/messages/more';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { PADDOCK_VERSION } from '@/lib/meta/version';

export const generateMetadata = titleMetadata(moreMessages, 'title');

const AREAS = [
  { key: 'files', href: '/files' },
  { key: 'terminal', href: '/terminal' },
  { key: 'jobs', href: '/jobs' },
  { key: 'settings', href: '/settings' },
] as const;

export default async function MorePage() {
  const t = await getT(moreMessages);
  return (
    <>
      <ScreenHeader title={t('title')} />
      <ul className="mx-4 divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface md:mx-8">
        {AREAS.map((area) => (
          <li key={area.key}>
            <Link href={area.href} className="flex min-h-12 items-center justify-between px-4 hover:bg-raised">
              <span>{t(area.key)}</span>
              <span aria-hidden className="text-muted">›</span>
            </Link>
          </li>
        ))}
      </ul>
      <form method="post" action="/api/auth/logout" className="mx-4 mt-6 md:mx-8">
        <button type="submit" className="h-12 w-full rounded-xl border border-line bg-surface font-medium text-bad md:w-auto md:px-6">
          {t('logOut')}
        </button>
      </form>
      <p className="mx-4 mt-6 text-xs text-muted md:mx-8">Paddock {PADDOCK_VERSION}</p>
    </>
  );
}
