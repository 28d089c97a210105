'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { clearUserDataFromPage } from '@/lib/pwa/clear-from-page';
import { InsecureContextBanner } from './insecure-context-banner';
import { OfflineNotice } from './offline-notice';
import { UpdatePrompt } from './update-prompt';
import { useServiceWorker } from './use-service-worker';

export interface PwaShellProps {
  /** Off in development, where a worker would serve stale chunks between edits. */
  serviceWorker: boolean;
}

/**
 * What the installed app adds to every page: the service worker and its update prompt, the
 * offline notice, and the insecure-connection banner. On the login page the saved copies of the
 * user's data are dropped (a logout or an expired session both end there).
 */
export function PwaShell({ serviceWorker }: PwaShellProps) {
  const worker = useServiceWorker(serviceWorker);
  const pathname = usePathname();
  useEffect(() => {
    if (pathname === '/login') void clearUserDataFromPage();
  }, [pathname]);
  return (
    <>
      <InsecureContextBanner />
      <OfflineNotice />
      {worker.updateWaiting ? <UpdatePrompt reloading={worker.reloading} onReload={worker.reload} onLater={worker.later} /> : null}
    </>
  );
}
