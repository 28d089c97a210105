'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { PullToRefresh } from '@/components/ui/pull-to-refresh';

/** The list screens, where pulling down at the top reloads what the server shows. */
const LIST_SCREENS: ReadonlySet<string> = new Set(['/reviews', '/sessions', '/skills', '/skills/hub', '/jobs']);

/** Wraps every screen; pull to refresh is live on the list screens only. */
export function ScreenRefresh({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return <PullToRefresh disabled={!LIST_SCREENS.has(pathname)}>{children}</PullToRefresh>;
}
