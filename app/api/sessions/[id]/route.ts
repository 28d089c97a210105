import { handle } from '@/lib/http/handle';
import { sessionIdParamSchema } from '@/lib/sessions/schemas';
import { getSessionTranscript } from '@/lib/sessions/session-log';

export const dynamic = 'force-dynamic';

/** One conversation's transcript (any session id of its compression chain). */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => Response.json(await getSessionTranscript(sessionIdParamSchema.parse((await ctx.params).id))));
}
