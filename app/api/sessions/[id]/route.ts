import { cacheableJson } from '@/lib/http/cacheable-json';
import { handle } from '@/lib/http/handle';
import { sessionIdParamSchema } from '@/lib/sessions/schemas';
import { getSessionTranscript } from '@/lib/sessions/session-log';

export const dynamic = 'force-dynamic';

/** One conversation's transcript (any session id of its compression chain); cacheable for offline reading. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => cacheableJson(req, await getSessionTranscript(sessionIdParamSchema.parse((await ctx.params).id))));
}
