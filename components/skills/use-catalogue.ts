'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import type { CatalogueItem, CataloguePage } from '@/lib/skills/types';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { skillMessages } from '@/lib/i18n/messages/skills';

export interface CatalogueFilters {
  q: string;
  source: string | null;
  trust: string | null;
}

export interface CatalogueState {
  page: CataloguePage | null;
  items: CatalogueItem[];
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  loadMore: () => void;
}

/** Typing pauses this long before the server is asked; chips ask at once. */
export const TYPING_DEBOUNCE_MS = 150;

function pageUrl(filters: CatalogueFilters, offset: number): string {
  const params = new URLSearchParams({ q: filters.q.trim(), offset: String(offset) });
  if (filters.source) params.set('source', filters.source);
  if (filters.trust) params.set('trust', filters.trust);
  return `/api/skills/catalogue?${params}`;
}

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : translator(skillMessages, documentLocale())('catalogueFailed');
}

/**
 * The catalogue page for the filters: the server's first page until the filters change, then the
 * server's answer to the newest filters only (older answers are aborted), more on request.
 */
export function useCatalogue(initial: CataloguePage | null, filters: CatalogueFilters, typedAt: number): CatalogueState {
  const [page, setPage] = useState(initial);
  const [items, setItems] = useState(initial?.items ?? []);
  const [loading, setLoading] = useState(initial === null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef(initial !== null);
  const { q, source, trust } = filters;

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const controller = new AbortController();
    const wait = Date.now() - typedAt < TYPING_DEBOUNCE_MS ? TYPING_DEBOUNCE_MS : 0;
    setLoading(true);
    const timer = setTimeout(() => {
      apiFetch<CataloguePage>(pageUrl({ q, source, trust }, 0), { signal: controller.signal })
        .then((next) => {
          setPage(next);
          setItems(next.items);
          setError(null);
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setError(messageOf(e));
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, wait);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // typedAt only tunes the wait; it must not start a request by itself.
  }, [q, source, trust]);

  const loadMore = useCallback(() => {
    if (loadingMore) return;
    setLoadingMore(true);
    apiFetch<CataloguePage>(pageUrl({ q, source, trust }, items.length))
      .then((next) => {
        setPage(next);
        setItems((prev) => [...prev, ...next.items]);
        setError(null);
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setLoadingMore(false));
  }, [items.length, loadingMore, q, source, trust]);

  return { page, items, loading, loadingMore, error, loadMore };
}
