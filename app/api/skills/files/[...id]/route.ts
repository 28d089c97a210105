import { handle } from '@/lib/http/handle';
import { cacheableJson } from '@/lib/skills/cacheable-json';
import { getInstalledFile } from '@/lib/skills/installed';
import { skillFileQuerySchema, skillIdParamsSchema } from '@/lib/skills/schemas';

export const dynamic = 'force-dynamic';

/** One file of a skill, read-only: `?path=scripts/x.py`. Never leaves the skill's folder; binary and huge files come back without content. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string[] }> }): Promise<Response> {
  return handle(async () => {
    const { id } = skillIdParamsSchema.parse(await ctx.params);
    const { path } = skillFileQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return cacheableJson(req, await getInstalledFile(id, path));
  });
}
