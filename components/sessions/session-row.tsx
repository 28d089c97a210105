import Link from 'next/link';
import { compactCount } from '@/components/ui/format-when';
import { LocalTime } from '@/components/ui/local-time';
import type { SessionRow as Session } from '@/lib/hermes-home';
import { sourceLabel } from './source-label';

/** One conversation (the content of its list item): its title or first message, source, last activity, size and tokens. */
export function SessionRow({ session }: { session: Session }) {
  const heading = session.title ?? (session.preview || 'No messages');
  const tokens = session.inputTokens + session.outputTokens;
  return (
    <Link href={`/sessions/${encodeURIComponent(session.id)}`} data-session-id={session.id} className="flex min-h-16 flex-col gap-1 px-4 py-3 hover:bg-raised md:px-5">
      <span className="flex items-baseline gap-2">
        <span className="min-w-0 flex-1 truncate font-medium">{heading}</span>
        <LocalTime ms={session.lastActiveAt} className="shrink-0 text-xs text-muted" />
      </span>
      {session.title && session.preview ? <span className="line-clamp-1 text-sm text-muted">{session.preview}</span> : null}
      <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
        <span className="rounded bg-raised px-1.5 py-0.5 text-ink">{sourceLabel(session.source)}</span>
        <span>{session.messageCount === 1 ? '1 message' : `${session.messageCount} messages`}</span>
        {tokens > 0 ? (
          <span title={`${session.inputTokens} in, ${session.outputTokens} out`}>
            {compactCount(session.inputTokens)} in · {compactCount(session.outputTokens)} out tokens
          </span>
        ) : null}
      </span>
    </Link>
  );
}
