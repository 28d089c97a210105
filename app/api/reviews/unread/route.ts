import { cacheableJson } from '@/lib/http/cacheable-json';
import { handle } from '@/lib/http/handle';
import { countUnreadReviews } from '@/lib/reviews/review';

export const dynamic = 'force-dynamic';

/** The unread count for the tab badge, refreshed when the app comes back to the foreground. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => cacheableJson(req, await countUnreadReviews()));
}
