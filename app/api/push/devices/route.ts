import { handle } from '@/lib/http/handle';
import { listDevices } from '@/lib/push/devices';

export const dynamic = 'force-dynamic';

/** The devices that get notifications: `{ devices: [{ endpoint, device, createdAt }] }`. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(listDevices()));
}
