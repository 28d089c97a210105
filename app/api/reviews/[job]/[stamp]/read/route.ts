import { handle } from '@/lib/http/handle';
import { markReviewRead } from '@/lib/reviews/review';
import { reviewParamsSchema } from '@/lib/reviews/schemas';

export const dynamic = 'force-dynamic';

/** Marks one run read; answers with the unread count left for the badge. */
export async function POST(_req: Request, ctx: { params: Promise<{ job: string; stamp: string }> }): Promise<Response> {
  return handle(async () => Response.json(await markReviewRead(reviewParamsSchema.parse(await ctx.params))));
}
