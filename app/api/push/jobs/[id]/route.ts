import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { setJobNotifications } from '@/lib/push/job-notifications';
import { jobNotifySchema, jobParamsSchema } from '@/lib/push/schemas';

export const dynamic = 'force-dynamic';

/** `PUT /api/push/jobs/<id>` with `{ notify: boolean }`: one job's notifications on or off, for every device. */
export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = jobParamsSchema.parse(await ctx.params);
    const { notify } = jobNotifySchema.parse(await readJson(req));
    return Response.json({ job: await setJobNotifications(id, notify) });
  });
}
