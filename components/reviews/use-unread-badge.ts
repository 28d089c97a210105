'use client';

import { useEffect } from 'react';
import { showAppBadge } from '@/lib/pwa/app-badge';
import { refreshUnreadCount, useUnreadCount } from './unread-store';

/**
 * The Reviews tab's unread count: rendered by the server, updated when a run is read here, and
 * asked again when the app returns to the foreground (new runs land while the phone sleeps). The
 * app icon's badge follows it.
 */
export function useUnreadBadge(serverCount: number | null): number | null {
  useEffect(() => {
    if (serverCount === null) return;
    const onVisible = () => document.visibilityState === 'visible' && refreshUnreadCount();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [serverCount]);
  const count = useUnreadCount(serverCount);
  // The installed app's icon shows the same number (where the platform has badges).
  useEffect(() => void showAppBadge(navigator, count), [count]);
  return count;
}
