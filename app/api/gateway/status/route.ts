import { probeGateway } from '@/lib/gateway/capabilities';

export const dynamic = 'force-dynamic';

/** Gateway status for the signed-in shell, with the message that says what to fix. */
export async function GET(): Promise<Response> {
  const probe = await probeGateway();
  return Response.json({ reachable: probe.reachable, status: probe.status, message: probe.message ?? null, model: probe.model ?? null });
}
