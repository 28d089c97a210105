import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { AppNav } from '@/components/shell/app-nav';
import { GatewayProblem } from '@/components/shell/gateway-problem';
import { GatewayStatus, GatewayStatusPending } from '@/components/shell/gateway-status';
import { ScreenRefresh } from '@/components/shell/screen-refresh';
import { unreadBadgeCount } from '@/lib/reviews/review';

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Local files and one query, no gateway call: cheap enough to count on every full render.
  const unreadReviews = await unreadBadgeCount();
  return (
    // Content first, tab bar last: the order VoiceOver swipes through on the phone, where the tabs sit
    // at the bottom. On the Mac the grid puts the sidebar back on the left.
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <div className="flex min-h-dvh min-w-0 flex-col pb-[calc(3.5rem+env(safe-area-inset-bottom))] md:col-start-2 md:row-start-1 md:pb-0">
        <header className="sticky top-0 z-10 flex items-center justify-between border-b border-line bg-bg/95 px-4 pb-2 pt-[max(0.5rem,env(safe-area-inset-top))] backdrop-blur md:hidden">
          <span className="text-base font-semibold">Paddock</span>
          <Suspense fallback={<GatewayStatusPending />}>
            <GatewayStatus />
          </Suspense>
        </header>
        <Suspense fallback={null}>
          <GatewayProblem />
        </Suspense>
        <main className="flex-1">
          <ScreenRefresh>{children}</ScreenRefresh>
        </main>
      </div>
      <div className="md:sticky md:top-0 md:col-start-1 md:row-start-1 md:flex md:h-dvh md:flex-col md:gap-6 md:border-r md:border-line md:bg-surface md:p-4">
        <div className="hidden items-center gap-2 md:flex">
          <span aria-hidden className="grid size-8 place-items-center rounded-xl bg-accent font-bold text-accent-ink">P</span>
          <span className="text-lg font-semibold">Paddock</span>
        </div>
        <AppNav unreadReviews={unreadReviews} />
        <div className="mt-auto hidden md:block">
          <Suspense fallback={<GatewayStatusPending />}>
            <GatewayStatus />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
