import { handle } from '@/lib/http/handle';
import { pushPublicKey } from '@/lib/push/devices';

export const dynamic = 'force-dynamic';

/** Paddock's VAPID public key, the `applicationServerKey` a browser subscribes with. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(pushPublicKey()));
}
