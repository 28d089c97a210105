import crypto from 'node:crypto';
import type { Metadata } from 'next';
import { ChatScreen } from '@/components/chat/chat-screen';
import { reviewDraft } from '@/lib/chat/review-draft';
import { listConversations } from '@/lib/store/chat-store';

export const metadata: Metadata = { title: 'Chat' };

/** A new conversation: Paddock picks its Hermes session id now, and the gateway keeps its history. */
export default async function NewChatPage({ searchParams }: { searchParams: Promise<{ review?: string | string[] }> }) {
  const id = `pwa-${crypto.randomUUID()}`;
  const { review } = await searchParams;
  const initialDraft = typeof review === 'string' ? await reviewDraft(review) : undefined;
  return <ChatScreen key={id} conversationId={id} title="New chat" initialMessages={[]} conversations={listConversations()} isNew initialDraft={initialDraft} />;
}
