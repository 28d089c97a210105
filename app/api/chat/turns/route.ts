import { runTurn } from '@/lib/chat/run-turn';
import { turnRequestSchema } from '@/lib/chat/turn-request';
import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';

export const dynamic = 'force-dynamic';

/** Sends one user message and streams the agent's answer back as SSE. */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const request = turnRequestSchema.parse(await readJson(req));
    const stream = await runTurn(request, req.signal);
    return new Response(stream, {
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform', 'X-Accel-Buffering': 'no' },
    });
  });
}
