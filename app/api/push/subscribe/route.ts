import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { subscribeDevice } from '@/lib/push/devices';
import { subscribeSchema } from '@/lib/push/schemas';

export const dynamic = 'force-dynamic';

/** Stores this device's `PushSubscription.toJSON()`; sending the same endpoint again updates it. */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const input = subscribeSchema.parse(await readJson(req));
    return Response.json(subscribeDevice(input, req.headers.get('user-agent')));
  });
}
