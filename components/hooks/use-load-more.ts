'use client';

import { useCallback, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { ApiError } from '@/lib/client/api-fetch';
import { commonMessages } from '@/lib/i18n/messages/common';

export interface LoadedPage<T> {
  items: T[];
  /** True when nothing follows this page. */
  done: boolean;
}

export interface LoadMore<T> {
  items: T[];
  done: boolean;
  loading: boolean;
  error: string | null;
  loadMore: () => void;
  /** Changes loaded items in place (a row marked read, a job changed). */
  update: (change: (items: T[]) => T[]) => void;
}

/**
 * A list that starts with the server-rendered first page and appends the next on request. Key the
 * component by its filters: new filters mean a new list, not a merged one.
 */
export function useLoadMore<T>(initial: T[], initialDone: boolean, fetchPage: (offset: number) => Promise<LoadedPage<T>>): LoadMore<T> {
  const t = useT(commonMessages);
  const [items, setItems] = useState(initial);
  const [done, setDone] = useState(initialDone);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const loaded = items.length;

  const loadMore = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setLoading(true);
    setError(null);
    fetchPage(loaded)
      .then((page) => {
        setItems((prev) => [...prev, ...page.items]);
        setDone(page.done);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : t('couldNotLoadMore')))
      .finally(() => {
        busy.current = false;
        setLoading(false);
      });
  }, [fetchPage, loaded, t]);

  return { items, done, loading, error, loadMore, update: setItems };
}
