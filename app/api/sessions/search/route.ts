import { handle } from '@/lib/http/handle';
import { searchQuerySchema } from '@/lib/sessions/schemas';
import { searchSessionMessages } from '@/lib/sessions/session-log';

export const dynamic = 'force-dynamic';

/** Full-text search over every message: `?q=&source=&offset=&limit=`; snippets mark hits with \u0001…\u0002. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const query = searchQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await searchSessionMessages(query));
  });
}
