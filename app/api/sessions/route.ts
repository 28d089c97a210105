import { cacheableJson } from '@/lib/http/cacheable-json';
import { handle } from '@/lib/http/handle';
import { listSessionsQuerySchema } from '@/lib/sessions/schemas';
import { listSessionPage } from '@/lib/sessions/session-log';

export const dynamic = 'force-dynamic';

/** Conversations: `?source=&q=&offset=&limit=`, newest activity first, with the sources to filter by. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const query = listSessionsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return cacheableJson(req, await listSessionPage(query));
  });
}
