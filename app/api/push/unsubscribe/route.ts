import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { unsubscribeDevice } from '@/lib/push/devices';
import { endpointBodySchema } from '@/lib/push/schemas';

export const dynamic = 'force-dynamic';

/** Forgets one device's subscription: `{ endpoint }`. */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { endpoint } = endpointBodySchema.parse(await readJson(req));
    return Response.json(unsubscribeDevice(endpoint));
  });
}
