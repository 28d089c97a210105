import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { sendTestNotification } from '@/lib/push/devices';
import { endpointBodySchema } from '@/lib/push/schemas';

export const dynamic = 'force-dynamic';

/** Sends a test notification to one subscribed device: `{ endpoint }`; answers `{ outcome }` (sent, expired or failed). */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { endpoint } = endpointBodySchema.parse(await readJson(req));
    return Response.json(await sendTestNotification(endpoint));
  });
}
