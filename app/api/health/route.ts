import { probeGateway } from '@/lib/gateway/capabilities';
import { PADDOCK_VERSION } from '@/lib/meta/version';

export const dynamic = 'force-dynamic';

/** Public uptime probe: says whether Paddock and its gateway answer, and nothing secret. */
export async function GET(): Promise<Response> {
  const gateway = await probeGateway();
  return Response.json({ ok: true, version: PADDOCK_VERSION, gateway: { reachable: gateway.reachable, status: gateway.status } });
}
