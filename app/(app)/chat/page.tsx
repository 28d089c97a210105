import crypto from 'node:crypto';
import type { Metadata } from 'next';
import { ChatScreen } from '@/components/chat/chat-screen';
import { reviewDraft } from '@/lib/chat/review-draft';
import { listConversations } from '@/lib/store/chat-store';
import { uploadIdPattern } from '@/lib/store/uploads';

export const metadata: Metadata = { title: 'Chat' };

/** A new conversation: Paddock picks its Hermes session id now, and the gateway keeps its history. */
export default async function NewChatPage({ searchParams }: { searchParams: Promise<{ review?: string | string[]; photo?: string | string[] }> }) {
  const id = `pwa-${crypto.randomUUID()}`;
  const { review, photo } = await searchParams;
  const initialDraft = typeof review === 'string' ? await reviewDraft(review) : undefined;
  // A photo shared to the installed app arrives as stored upload ids; anything else is ignored.
  const initialPhotoIds = [photo ?? []].flat().filter((id) => uploadIdPattern.test(id));
  return <ChatScreen key={id} conversationId={id} title="New chat" initialMessages={[]} conversations={listConversations()} isNew initialDraft={initialDraft} initialPhotoIds={initialPhotoIds} />;
}
