import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { AppNav } from '@/components/shell/app-nav';
import { GatewayProblem } from '@/components/shell/gateway-problem';
import { GatewayStatus, GatewayStatusPending } from '@/components/shell/gateway-status';
import { ScreenRefresh } from '@/components/shell/screen-refresh';
import { SkipLink } from '@/components/shell/skip-link';
import { unreadBadgeCount } from '@/lib/reviews/review';

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Local files and one query, no gateway call: cheap enough to count on every full render.
  const unreadReviews = await unreadBadgeCount();
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <SkipLink target="main" />
      <aside className="md:sticky md:top-0 md:flex md:h-dvh md:flex-col md:gap-6 md:border-r md:border-line md:bg-surface md:p-4">
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
      </aside>
      <div className="flex min-h-dvh flex-col pb-[calc(3.5rem+env(safe-area-inset-bottom))] md:pb-0">
        <header className="sticky top-0 z-10 flex items-center justify-between border-b border-line bg-bg/95 px-4 pb-2 pt-[max(0.5rem,env(safe-area-inset-top))] backdrop-blur md:hidden">
          <span className="text-base font-semibold">Paddock</span>
          <Suspense fallback={<GatewayStatusPending />}>
            <GatewayStatus />
          </Suspense>
        </header>
        <Suspense fallback={null}>
          <GatewayProblem />
        </Suspense>
        <main id="main" className="flex-1">
          <ScreenRefresh>{children}</ScreenRefresh>
        </main>
      </div>
    </div>
  );
}
