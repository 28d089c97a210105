import { notFound } from 'next/navigation';
import { ChatScreen } from '@/components/chat/chat-screen';
import { chatMessages } from '@/lib/i18n/messages/chat';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { fromStored } from '@/components/chat/chat-model';
import { conversationIdSchema } from '@/lib/chat/turn-request';
import { getConversation, listConversations } from '@/lib/store/chat-store';

export const generateMetadata = titleMetadata(chatMessages, 'title');

/** Reopens a conversation with the turns Paddock saw; new messages continue the same Hermes session. */
export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = conversationIdSchema.safeParse(decodeURIComponent((await params).id));
  if (!parsed.success) notFound();
  const found = getConversation(parsed.data);
  const t = await getT(chatMessages);
  return (
    <ChatScreen
      key={parsed.data}
      conversationId={parsed.data}
      title={found?.conversation.title ?? t('newChat')}
      initialMessages={found?.messages.map(fromStored) ?? []}
      conversations={listConversations()}
      isNew={false}
    />
  );
}
