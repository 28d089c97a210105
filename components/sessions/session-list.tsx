'use client';

import { useCallback } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { useLoadMore, type LoadedPage } from '@/components/hooks/use-load-more';
import { LoadMoreButton } from '@/components/ui/load-more-button';
import { WindowedList } from '@/components/ui/windowed-list';
import { apiFetch } from '@/lib/client/api-fetch';
import type { SessionList as List, SessionRow as Session } from '@/lib/hermes-home';
import { SessionRow } from './session-row';

export interface SessionListProps {
  list: List;
  source: string | undefined;
}

/** Conversations newest first, the next page on request; only rows near the screen are kept in the DOM. */
export function SessionList({ list, source }: SessionListProps) {
  const t = useT(sessionMessages);
  const fetchPage = useCallback(
    async (offset: number): Promise<LoadedPage<Session>> => {
      const query = new URLSearchParams({ offset: String(offset), ...(source ? { source } : {}) });
      const next = await apiFetch<List>(`/api/sessions?${query}`);
      return { items: next.items, done: offset + next.items.length >= next.total };
    },
    [source],
  );
  const { items, done, loading, error, loadMore } = useLoadMore(list.items, list.items.length >= list.total, fetchPage);
  if (items.length === 0) {
    return <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">{t('noConversations')}</p>;
  }
  return (
    <section aria-label={t('conversations')}>
      <p className="px-4 pb-2 text-sm text-muted md:px-8">{t('conversationCount', { count: list.total })}</p>
      <WindowedList
        items={items}
        itemKey={(s) => s.id}
        renderItem={(s) => <SessionRow session={s} />}
        className="mx-4 overflow-hidden rounded-2xl border border-line bg-surface md:mx-8 md:max-w-4xl"
      />
      {done ? null : <LoadMoreButton loading={loading} error={error} onClick={loadMore} />}
    </section>
  );
}
