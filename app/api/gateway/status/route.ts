import { z } from 'zod';
import { clearGatewayProbeCache, probeGateway } from '@/lib/gateway/capabilities';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ fresh: z.enum(['0', '1']).optional() });

/**
 * Gateway status for the signed-in shell, with the message that says what to fix. `fresh=1` probes
 * again instead of answering from the 10 s cache: the chat asks for it when a turn just failed, or
 * went through while the shell still showed a problem.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    if (query.fresh === '1') clearGatewayProbeCache();
    const probe = await probeGateway();
    return Response.json({ reachable: probe.reachable, status: probe.status, message: probe.message ?? null, model: probe.model ?? null });
  });
}
