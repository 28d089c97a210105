import type { Metadata } from 'next';
import { MarkReadOnOpen } from '@/components/reviews/mark-read-on-open';
import { ReviewView } from '@/components/reviews/review-view';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { getReview } from '@/lib/reviews/review';
import { reviewParamsSchema } from '@/lib/reviews/schemas';

export const metadata: Metadata = { title: 'Review' };

/** One run, rendered as Markdown; it is marked read once shown. */
export default async function ReviewPage({ params }: { params: Promise<{ job: string; stamp: string }> }) {
  const id = reviewParamsSchema.safeParse(await params);
  const result = id.success ? await attempt(() => getReview(id.data)) : null;
  return (
    <>
      <BackLink href="/reviews" label="Reviews" />
      {result?.ok ? (
        <>
          <ReviewView review={result.value} />
          <MarkReadOnOpen id={result.value.id} read={result.value.read} />
        </>
      ) : (
        <ScreenProblem title="This review cannot be shown" message={result?.error.message ?? 'That is not the address of a review.'} />
      )}
    </>
  );
}
