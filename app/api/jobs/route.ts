import { handle } from '@/lib/http/handle';
import { listJobViews } from '@/lib/jobs/jobs';

export const dynamic = 'force-dynamic';

/** The scheduled jobs; from cron/jobs.json with `gatewayError` set when the gateway is down. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(await listJobViews()));
}
