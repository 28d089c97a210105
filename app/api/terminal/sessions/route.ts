import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { requireTerminals, unwrap } from '@/lib/terminal/access';
import { createTerminalSchema, type TerminalList } from '@/lib/terminal/protocol';

export const dynamic = 'force-dynamic';

/** Lists the open terminals with their state, and the most that may be open at once. */
export async function GET(): Promise<Response> {
  return handle(async () => {
    const manager = requireTerminals();
    return Response.json({ terminals: manager.list(), max: manager.maxOpen } satisfies TerminalList);
  });
}

/** Opens a new terminal (optionally named, sized, or with a command typed in but not run). */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const manager = requireTerminals();
    const input = createTerminalSchema.parse(await readJson(req));
    return Response.json(unwrap(manager.create(input)), { status: 201 });
  });
}
