import { cacheableJson } from '@/lib/http/cacheable-json';
import { handle } from '@/lib/http/handle';
import { listReviews } from '@/lib/reviews/inbox';
import { listReviewsQuerySchema } from '@/lib/reviews/schemas';

export const dynamic = 'force-dynamic';

/** The inbox: `?job=<id>&offset=&limit=`, newest first, with read marks and the unread count. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const query = listReviewsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return cacheableJson(req, await listReviews(query));
  });
}
