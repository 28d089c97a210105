import { handle } from '@/lib/http/handle';
import { readUpload } from '@/lib/store/uploads';

/** A photo the user attached earlier; ids are random, and the content never changes. */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { mime, data } = readUpload((await ctx.params).id);
    return new Response(new Uint8Array(data), { headers: { 'Content-Type': mime, 'Cache-Control': 'private, max-age=31536000, immutable' } });
  });
}
