'use client';

import Link from 'next/link';
import { useLocale, useT } from '@/components/i18n/locale-provider';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { compactCount } from '@/components/ui/format-when';
import { LocalTime } from '@/components/ui/local-time';
import type { SessionRow as Session } from '@/lib/hermes-home';
import { sourceLabel } from './source-label';

/** One conversation (the content of its list item): its title or first message, source, last activity, size and tokens. */
export function SessionRow({ session }: { session: Session }) {
  const t = useT(sessionMessages);
  const locale = useLocale();
  const heading = session.title ?? (session.preview || t('noMessages'));
  const tokens = session.inputTokens + session.outputTokens;
  return (
    <Link href={`/sessions/${encodeURIComponent(session.id)}`} data-session-id={session.id} className="flex min-h-16 flex-col gap-1 px-4 py-3 hover:bg-raised md:px-5">
      <span className="flex items-baseline gap-2">
        <span className="min-w-0 flex-1 truncate font-medium">{heading}</span>
        <LocalTime ms={session.lastActiveAt} className="shrink-0 text-xs text-muted" />
      </span>
      {session.title && session.preview ? <span className="line-clamp-1 text-sm text-muted">{session.preview}</span> : null}
      <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
        <span className="rounded bg-raised px-1.5 py-0.5 text-ink">{sourceLabel(session.source, t)}</span>
        <span>{t('messageCount', { count: session.messageCount })}</span>
        {tokens > 0 ? (
          <span title={t('tokensTitle', { input: session.inputTokens, output: session.outputTokens })}>
            {t('tokens', { input: compactCount(session.inputTokens, locale), output: compactCount(session.outputTokens, locale) })}
          </span>
        ) : null}
      </span>
    </Link>
  );
}
