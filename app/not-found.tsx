import Link from 'next/link';
import { errorMessages } from '@/lib/i18n/messages/errors';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(errorMessages, 'notFoundTitle');

/** Any address that leads nowhere, in the reader's language, with the way back. */
export default async function NotFound() {
  const t = await getT(errorMessages);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-3 px-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t('notFoundTitle')}</h1>
      <p className="text-muted">{t('notFound')}</p>
      <Link href="/chat" className="flex min-h-11 items-center self-start rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
        {t('toChat')}
      </Link>
    </main>
  );
}
