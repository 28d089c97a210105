'use client';

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
 * offline notice, and the insecure-connection banner. The login page is plain HTML without React;
 * lib/pwa/login-script.ts does the same there and also drops the user's saved data.
 */
export function PwaShell({ serviceWorker }: PwaShellProps) {
  const worker = useServiceWorker(serviceWorker);
  return (
    <>
      <InsecureContextBanner />
      <OfflineNotice />
      {worker.updateWaiting ? <UpdatePrompt reloading={worker.reloading} onReload={worker.reload} onLater={worker.later} /> : null}
    </>
  );
}
