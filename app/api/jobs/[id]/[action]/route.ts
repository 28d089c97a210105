import { z } from 'zod';
import { jobIdSchema } from '@/lib/gateway/jobs';
import { handle } from '@/lib/http/handle';
import { changeJobView } from '@/lib/jobs/jobs';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: jobIdSchema, action: z.enum(['run', 'pause', 'resume']) });

/** `POST /api/jobs/<id>/run|pause|resume`: passed to the gateway; answers `{ job }` as it now stands. */
export async function POST(_req: Request, ctx: { params: Promise<{ id: string; action: string }> }): Promise<Response> {
  return handle(async () => {
    const { id, action } = paramsSchema.parse(await ctx.params);
    return Response.json({ job: await changeJobView(id, action) });
  });
}
