'use client';

import Link from 'next/link';
import { useCallback } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { useLoadMore, type LoadedPage } from '@/components/hooks/use-load-more';
import { LoadMoreButton } from '@/components/ui/load-more-button';
import { LocalTime } from '@/components/ui/local-time';
import { WindowedList } from '@/components/ui/windowed-list';
import { apiFetch } from '@/lib/client/api-fetch';
import type { SearchHit, SearchResult } from '@/lib/hermes-home';
import { roleLabel } from './role-label';
import { Snippet } from './snippet';
import { sourceLabel } from './source-label';

export interface SearchHitsProps {
  result: SearchResult;
  query: string;
  source: string | undefined;
  pageSize: number;
}

export function messageHref(hit: Pick<SearchHit, 'conversationId' | 'messageId'>): string {
  return `/sessions/${encodeURIComponent(hit.conversationId)}?m=${hit.messageId}#m-${hit.messageId}`;
}

function HitRow({ hit }: { hit: SearchHit }) {
  const t = useT(sessionMessages);
  return (
    <Link href={messageHref(hit)} data-message-id={hit.messageId} className="flex min-h-16 flex-col gap-1 px-4 py-3 hover:bg-raised md:px-5">
      <span className="flex items-baseline gap-2 text-xs text-muted">
        <span className="rounded bg-raised px-1.5 py-0.5 text-ink">{sourceLabel(hit.source, t)}</span>
        <span className="min-w-0 flex-1 truncate">{roleLabel(hit.role, hit.toolName, t)}</span>
        <LocalTime ms={hit.timestamp} className="shrink-0" />
      </span>
      <span className="line-clamp-3 break-words text-sm">
        <Snippet snippet={hit.snippet} />
      </span>
    </Link>
  );
}

/** Messages matching the search, each a link that opens its conversation at that message; only rows near the screen are kept in the DOM. */
export function SearchHits({ result, query, source, pageSize }: SearchHitsProps) {
  const t = useT(sessionMessages);
  const fetchPage = useCallback(
    async (offset: number): Promise<LoadedPage<SearchHit>> => {
      const params = new URLSearchParams({ q: query, offset: String(offset), limit: String(pageSize), ...(source ? { source } : {}) });
      const next = await apiFetch<SearchResult>(`/api/sessions/search?${params}`);
      return { items: next.hits, done: next.hits.length < pageSize };
    },
    [query, source, pageSize],
  );
  const { items, done, loading, error, loadMore } = useLoadMore(result.hits, result.hits.length < pageSize, fetchPage);
  if (items.length === 0) {
    return <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">{t('noMatches', { query })}</p>;
  }
  return (
    <section aria-label={t('searchResults')}>
      <p className="flex min-h-11 items-center gap-3 px-4 text-sm text-muted md:px-8">
        <span>{t('matching', { query })}</span>
        <Link href={source ? `/sessions?source=${encodeURIComponent(source)}` : '/sessions'} className="flex min-h-11 items-center font-medium text-accent">
          {t('clearSearch')}
        </Link>
      </p>
      <WindowedList
        items={items}
        itemKey={(hit) => hit.messageId}
        renderItem={(hit) => <HitRow hit={hit} />}
        className="mx-4 overflow-hidden rounded-2xl border border-line bg-surface md:mx-8 md:max-w-4xl"
      />
      {done ? null : <LoadMoreButton loading={loading} error={error} onClick={loadMore} label={t('moreResults')} />}
    </section>
  );
}
