import { handle } from '@/lib/http/handle';
import { listJobNotifications } from '@/lib/push/job-notifications';

export const dynamic = 'force-dynamic';

/** Every scheduled job with whether its runs send notifications. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(await listJobNotifications()));
}
