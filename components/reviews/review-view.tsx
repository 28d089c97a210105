import Link from 'next/link';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';
import { Caret } from '@/components/ui/caret';
import { LocalTime } from '@/components/ui/local-time';
import type { Translate } from '@/lib/i18n/catalogue';
import { reviewMessages } from '@/lib/i18n/messages/reviews';
import { getT } from '@/lib/i18n/server';
import type { Review } from '@/lib/reviews/types';
import { ReviewStatus } from './review-status';

export interface ReviewViewProps {
  review: Review;
}

function Body({ review, t }: ReviewViewProps & { t: Translate<keyof typeof reviewMessages.en> }) {
  if (review.status === 'failed') {
    return (
      <div className="rounded-xl border border-bad bg-surface p-4">
        <p className="font-medium text-bad">{t('failedRun')}</p>
        {review.error ? <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words font-mono text-sm text-ink">{review.error}</pre> : null}
      </div>
    );
  }
  if (review.status === 'silent') return <p className="text-muted">{t('silentRun')}</p>;
  if (review.status === 'empty') return <p className="text-muted">{t('noResponse')}</p>;
  return <StreamingMarkdown text={review.response ?? ''} streaming={false} />;
}

/** One run: what the agent wrote (or why it failed), with the prompt folded away below. */
export async function ReviewView({ review }: ReviewViewProps) {
  const t = await getT(reviewMessages);
  const meta = Object.entries(review.meta).filter(([key]) => key !== 'Job ID' && key !== 'Run Time');
  return (
    <article className="mx-4 flex flex-col gap-4 pb-8 md:mx-8 md:max-w-3xl" data-review-status={review.status}>
      <header className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <h1 className="min-w-0 flex-1 text-xl font-semibold tracking-tight break-words">{review.jobName ?? review.jobId}</h1>
          <ReviewStatus status={review.status} />
        </div>
        <LocalTime ms={review.runAt} format="full" className="text-sm text-muted" />
      </header>
      <div className="flex flex-wrap gap-2">
        <Link href={`/chat?review=${encodeURIComponent(review.id)}`} className="flex min-h-11 items-center rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
          {t('continueInChat')}
        </Link>
        <Link href={`/reviews?job=${review.jobId}`} className="flex min-h-11 items-center rounded-xl border border-line bg-surface px-4 text-sm font-medium">
          {t('allRunsOfJob')}
        </Link>
      </div>
      <Body review={review} t={t} />
      {review.truncated ? <p className="text-sm text-warn">{t('truncated')}</p> : null}
      {review.prompt || meta.length ? (
        <details className="group rounded-xl border border-line bg-surface">
          <summary className="flex min-h-11 cursor-pointer list-none items-center [&::-webkit-details-marker]:hidden gap-2 px-4 text-sm font-medium text-muted">
            <Caret />
            {t('promptAndDetails')}
          </summary>
          <div className="border-t border-line px-4 py-3">
            {meta.length ? (
              <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {meta.map(([key, value]) => (
                  <div key={key} className="contents">
                    <dt className="text-muted">{key}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {review.prompt ? <pre className="whitespace-pre-wrap break-words font-mono text-xs text-muted">{review.prompt}</pre> : null}
          </div>
        </details>
      ) : null}
    </article>
  );
}
