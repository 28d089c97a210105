import { handle } from '@/lib/http/handle';
import { listConversations } from '@/lib/store/chat-store';

export const dynamic = 'force-dynamic';

/** Recent conversations for the drawer. */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json({ conversations: listConversations() }));
}
