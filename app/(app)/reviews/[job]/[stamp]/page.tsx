import { MarkReadOnOpen } from '@/components/reviews/mark-read-on-open';
import { ReviewView } from '@/components/reviews/review-view';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { reviewMessages } from '@/lib/i18n/messages/reviews';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { getReview } from '@/lib/reviews/review';
import { reviewParamsSchema } from '@/lib/reviews/schemas';

export const generateMetadata = titleMetadata(reviewMessages, 'reviewTitle');

/** One run, rendered as Markdown; it is marked read once shown. */
export default async function ReviewPage({ params }: { params: Promise<{ job: string; stamp: string }> }) {
  const t = await getT(reviewMessages);
  const id = reviewParamsSchema.safeParse(await params);
  const result = id.success ? await attempt(() => getReview(id.data)) : null;
  return (
    <>
      <BackLink href="/reviews" label={t('title')} />
      {result?.ok ? (
        <>
          <ReviewView review={result.value} />
          <MarkReadOnOpen id={result.value.id} read={result.value.read} />
        </>
      ) : (
        <ScreenProblem title={t('cannotShow')} message={result?.error.message ?? t('notAnAddress')} />
      )}
    </>
  );
}
