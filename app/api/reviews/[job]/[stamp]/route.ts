import { cacheableJson } from '@/lib/http/cacheable-json';
import { handle } from '@/lib/http/handle';
import { getReview } from '@/lib/reviews/review';
import { reviewParamsSchema } from '@/lib/reviews/schemas';

export const dynamic = 'force-dynamic';

/** One run with its prompt and response, cacheable for offline reading; reading it here does not mark it read (that is a POST). */
export async function GET(req: Request, ctx: { params: Promise<{ job: string; stamp: string }> }): Promise<Response> {
  return handle(async () => cacheableJson(req, { review: await getReview(reviewParamsSchema.parse(await ctx.params)) }));
}
