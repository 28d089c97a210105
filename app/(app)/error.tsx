'use client';

import Link from 'next/link';
import { useT } from '@/components/i18n/locale-provider';
import { errorMessages } from '@/lib/i18n/messages/errors';

/** A screen that threw while rendering: said plainly in the reader's language, with a retry; the shell stays. */
export default function ScreenError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT(errorMessages);
  return (
    <div role="alert" className="mx-4 mt-4 flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5 md:mx-8">
      <p className="font-medium text-ink">{t('crashed')}</p>
      <p className="text-sm text-muted">{t('crashedHint')}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={reset} className="min-h-11 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
          {t('tryAgain')}
        </button>
        <Link href="/chat" className="flex min-h-11 items-center rounded-xl border border-line px-4 text-sm font-medium">
          {t('toChat')}
        </Link>
      </div>
    </div>
  );
}
