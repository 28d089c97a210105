import { MAX_SAVE_BODY_BYTES } from '@/lib/files/limits';
import { changeMemory, readMemory } from '@/lib/files/memory-store';
import { readJsonLimited } from '@/lib/files/read-body';
import { memoryChangeSchema, memoryParamsSchema } from '@/lib/files/schemas';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

interface MemoryRouteContext {
  params: Promise<{ target: string }>;
}

/** MEMORY.md (`memory`) or USER.md (`user`) as its `§`-separated entries, with usage and limit. */
export async function GET(_req: Request, ctx: MemoryRouteContext): Promise<Response> {
  return handle(async () => Response.json(await readMemory(memoryParamsSchema.parse(await ctx.params).target)));
}

/** Adds, rewrites or deletes one entry; 409 with the current entries when that entry changed meanwhile. */
export async function POST(req: Request, ctx: MemoryRouteContext): Promise<Response> {
  return handle(async () => {
    const { target } = memoryParamsSchema.parse(await ctx.params);
    return Response.json(await changeMemory(target, memoryChangeSchema.parse(await readJsonLimited(req, MAX_SAVE_BODY_BYTES))));
  });
}
