'use client';

import { useEffect } from 'react';
import { apiFetch } from '@/lib/client/api-fetch';
import type { UnreadCount } from '@/lib/reviews/types';
import { trackUnread } from './unread-store';

export interface MarkReadOnOpenProps {
  id: string;
  read: boolean;
}

/** Opening a run marks it read: a POST after the page shows, so the GET stays free of side effects. */
export function MarkReadOnOpen({ id, read }: MarkReadOnOpenProps) {
  useEffect(() => {
    if (read) return;
    const [job, stamp] = id.split('/');
    // Offline or failed: it stays unread and is marked the next time it is opened.
    trackUnread(() => apiFetch<UnreadCount>(`/api/reviews/${job}/${stamp}/read`, { method: 'POST' }), [id]).catch(() => undefined);
  }, [id, read]);
  return null;
}
