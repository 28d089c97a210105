'use client';

import Link from 'next/link';
import { useT } from '@/components/i18n/locale-provider';
import { LocalTime } from '@/components/ui/local-time';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { ConversationSummary } from '@/lib/store/chat-types';

export interface ConversationListProps {
  conversations: ConversationSummary[];
  currentId: string;
  onPick?: () => void;
}

/** Recent conversations, newest first; the current one is marked. */
export function ConversationList({ conversations, currentId, onPick }: ConversationListProps) {
  const t = useT(chatMessages);
  if (conversations.length === 0) return <p className="px-3 py-2 text-sm text-muted">{t('noConversations')}</p>;
  return (
    <ul className="flex flex-col gap-0.5">
      {conversations.map((c) => (
        <li key={c.id}>
          <Link
            href={`/chat/${encodeURIComponent(c.id)}`}
            onClick={onPick}
            aria-current={c.id === currentId ? 'page' : undefined}
            className={`flex min-h-11 flex-col justify-center rounded-lg px-3 py-1.5 text-sm ${c.id === currentId ? 'bg-raised text-ink' : 'text-muted hover:bg-raised hover:text-ink'}`}
          >
            <span className="truncate font-medium text-ink">{c.title}</span>
            <LocalTime ms={c.updatedAt} className="text-xs" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
