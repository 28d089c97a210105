import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { requireTerminals, unwrap } from '@/lib/terminal/access';
import { renameTerminalSchema, terminalParamsSchema } from '@/lib/terminal/protocol';

export const dynamic = 'force-dynamic';

/** Renames a terminal. */
export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const manager = requireTerminals();
    const { id } = terminalParamsSchema.parse(await ctx.params);
    const { name } = renameTerminalSchema.parse(await readJson(req));
    return Response.json(unwrap(manager.rename(id, name)));
  });
}

/** Closes a terminal: its shell ends and every socket attached to it is closed. */
export async function DELETE(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const manager = requireTerminals();
    const { id } = terminalParamsSchema.parse(await ctx.params);
    unwrap(manager.close(id));
    return Response.json({ ok: true });
  });
}
