'use client';

import { useCallback, useEffect, useState } from 'react';
import { activateWaiting, registerServiceWorker } from '@/lib/pwa/register-service-worker';

export interface ServiceWorkerState {
  /** A new version is installed and waits for the user's "Reload". */
  updateWaiting: boolean;
  reloading: boolean;
  reload(): void;
  later(): void;
}

/** Registers the service worker (production builds, secure contexts) and tracks a waiting update. */
export function useServiceWorker(enabled: boolean): ServiceWorkerState {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    if (!enabled || !window.isSecureContext || !('serviceWorker' in navigator)) return;
    return registerServiceWorker(setWaiting);
  }, [enabled]);
  const reload = useCallback(() => {
    if (!waiting) return;
    setReloading(true);
    activateWaiting(waiting);
  }, [waiting]);
  const later = useCallback(() => setWaiting(null), []);
  return { updateWaiting: waiting !== null, reloading, reload, later };
}
