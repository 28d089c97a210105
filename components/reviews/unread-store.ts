'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { apiFetch } from '@/lib/client/api-fetch';
import type { UnreadCount } from '@/lib/reviews/types';

/**
 * What this tab learned since the server rendered: the latest unread count and the runs read here.
 * Pages restored from the router cache carry stale read marks; rows and the tab badge consult this.
 */
interface State {
  unread: number | null;
  readIds: ReadonlySet<string>;
}

let state: State = { unread: null, readIds: new Set() };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: State): void {
  state = next;
  for (const listener of listeners) listener();
}

let started = 0;
let applied = 0;

/**
 * Sends a request that answers with the unread count and records it, plus any runs it read. Answers
 * can arrive out of order (a count asked on page load, then "mark all read"); a count from a request
 * started before the last one applied is stale and dropped.
 */
export async function trackUnread<T extends UnreadCount>(send: () => Promise<T>, readIds: readonly string[] = []): Promise<T> {
  const ticket = ++started;
  const reply = await send();
  const fresh = ticket > applied;
  if (fresh) applied = ticket;
  if (fresh || readIds.length) set({ unread: fresh ? reply.unread : state.unread, readIds: readIds.length ? new Set([...state.readIds, ...readIds]) : state.readIds });
  return reply;
}

function seedUnreadCount(unread: number): void {
  if (state.unread === null) set({ ...state, unread });
}

/** Runs read in this tab since the page loaded. */
export function useReadHere(): ReadonlySet<string> {
  return useSyncExternalStore(
    subscribe,
    () => state.readIds,
    () => state.readIds,
  );
}

/**
 * The unread count: this tab's latest from the API, else the server-rendered number. A server number
 * only seeds the store: a page restored from the router cache carries a number older than any the
 * tab has since learned, so it must never overwrite one.
 */
export function useUnreadCount(serverCount: number | null): number | null {
  useEffect(() => {
    if (serverCount !== null) seedUnreadCount(serverCount);
  }, [serverCount]);
  const live = useSyncExternalStore(
    subscribe,
    () => state.unread,
    () => null,
  );
  return live ?? serverCount;
}

/** Asks the server for the current count; failures keep the last known number (the screens say what is wrong). */
export function refreshUnreadCount(): void {
  trackUnread(() => apiFetch<UnreadCount>('/api/reviews/unread')).catch(() => undefined);
}
