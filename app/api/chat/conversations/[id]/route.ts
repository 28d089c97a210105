import { conversationIdSchema } from '@/lib/chat/turn-request';
import { AppError } from '@/lib/http/app-error';
import { handle } from '@/lib/http/handle';
import { getConversation } from '@/lib/store/chat-store';

export const dynamic = 'force-dynamic';

/** One conversation's messages as Paddock saw them. */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const id = conversationIdSchema.parse((await ctx.params).id);
    const found = getConversation(id);
    if (!found) throw new AppError('not_found', 'No such conversation.');
    return Response.json(found);
  });
}
