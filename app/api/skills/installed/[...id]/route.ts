import { handle } from '@/lib/http/handle';
import { cacheableJson } from '@/lib/skills/cacheable-json';
import { getInstalled } from '@/lib/skills/installed';
import { skillIdParamsSchema } from '@/lib/skills/schemas';

export const dynamic = 'force-dynamic';

/** One installed skill: SKILL.md, needs and whether they look met, its other files. `id` is its folder under skills/. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string[] }> }): Promise<Response> {
  return handle(async () => {
    const { id } = skillIdParamsSchema.parse(await ctx.params);
    return cacheableJson(req, await getInstalled(id));
  });
}
