import crypto from 'node:crypto';
import { ChatScreen } from '@/components/chat/chat-screen';
import { chatMessages } from '@/lib/i18n/messages/chat';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { reviewDraft } from '@/lib/chat/review-draft';
import { listConversations } from '@/lib/store/chat-store';
import { uploadIdPattern } from '@/lib/store/uploads';

export const generateMetadata = titleMetadata(chatMessages, 'title');

/** A new conversation: Paddock picks its Hermes session id now, and the gateway keeps its history. */
export default async function NewChatPage({ searchParams }: { searchParams: Promise<{ review?: string | string[]; photo?: string | string[] }> }) {
  const t = await getT(chatMessages);
  const id = `pwa-${crypto.randomUUID()}`;
  const { review, photo } = await searchParams;
  const initialDraft = typeof review === 'string' ? await reviewDraft(review) : undefined;
  // A photo shared to the installed app arrives as stored upload ids; anything else is ignored.
  const initialPhotoIds = [photo ?? []].flat().filter((id) => uploadIdPattern.test(id));
  return <ChatScreen key={id} conversationId={id} title={t('newChat')} initialMessages={[]} conversations={listConversations()} isNew initialDraft={initialDraft} initialPhotoIds={initialPhotoIds} />;
}
