'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, type RefObject, useState, useTransition } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { shellMessages } from '@/lib/i18n/messages/shell';
import { PULL_TRIGGER_PX, usePullGesture } from './use-pull-gesture';

export interface PullToRefreshProps {
  /**
   * Reloads the list. Without it the screen's server data is fetched again (router.refresh) and
   * the content remounted, so lists that keep their first page in state start from the new one.
   */
  onRefresh?: () => Promise<unknown>;
  /** The element that scrolls; the page when not given. */
  scroller?: RefObject<HTMLElement | null>;
  /** Off on screens without a list; the wrapper stays so the content below is never remounted by it. */
  disabled?: boolean;
  children: ReactNode;
}

/** Pull down at the top of a list to reload it, as on native iPhone lists; touch only, scrolling untouched. */
export function PullToRefresh({ onRefresh, scroller, disabled = false, children }: PullToRefreshProps) {
  const t = useT(shellMessages);
  const router = useRouter();
  const [generation, setGeneration] = useState(0);
  const [routePending, startTransition] = useTransition();
  const [ownPending, setOwnPending] = useState(false);
  const refreshing = routePending || ownPending;

  const refresh = () => {
    if (onRefresh) {
      setOwnPending(true);
      void onRefresh()
        .catch(() => undefined)
        .finally(() => setOwnPending(false));
      return;
    }
    startTransition(() => {
      router.refresh();
      setGeneration((g) => g + 1);
    });
  };
  const pull = usePullGesture(scroller, refresh, disabled || refreshing);
  const offset = refreshing ? PULL_TRIGGER_PX * 0.6 : pull;
  const ready = pull >= PULL_TRIGGER_PX;

  return (
    <div data-pull-to-refresh={disabled ? undefined : ''}>
      {offset > 0 ? (
        // Fixed under the phone header, so the wrapper needs no positioning that could move its content's own.
        <div aria-hidden className="pointer-events-none fixed inset-x-0 top-[calc(max(0.5rem,env(safe-area-inset-top))+2.5rem)] z-10 flex justify-center md:top-4">
          <span
            className={`grid size-9 place-items-center rounded-full border border-line bg-surface text-accent shadow-md ${refreshing ? 'animate-spin' : ''}`}
            style={{ opacity: Math.min(1, offset / PULL_TRIGGER_PX), transform: refreshing ? undefined : `translateY(${offset / 2}px) rotate(${ready ? 180 : (pull / PULL_TRIGGER_PX) * 180}deg)` }}
          >
            <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round">
              {refreshing ? <path d="M12 3a9 9 0 1 0 9 9" /> : <path d="M12 5v14M6 13l6 6 6-6" />}
            </svg>
          </span>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {refreshing ? t('refreshing') : ''}
      </p>
      {/* A transform only while pulling: at rest it would trap the content's fixed-position parts. */}
      <div key={generation} style={{ transform: offset ? `translateY(${offset}px)` : undefined, transition: pull ? 'none' : 'transform 200ms ease-out' }}>
        {children}
      </div>
    </div>
  );
}
