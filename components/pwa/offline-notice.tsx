'use client';

import { useT } from '@/components/i18n/locale-provider';
import { pwaMessages } from '@/lib/i18n/messages/pwa';
import { useOnline } from './use-online';

/**
 * A strip across the top while the device is offline. On the phone it covers the app header,
 * whose gateway status is stale in a saved copy anyway. The live region is always mounted so
 * screen readers announce the change.
 */
export function OfflineNotice() {
  const t = useT(pwaMessages);
  const online = useOnline();
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 top-0 z-40">
      {online ? null : (
        <p data-testid="offline-notice" className="bg-ink px-4 pb-2.5 pt-[max(0.625rem,env(safe-area-inset-top))] text-center text-sm font-medium text-bg shadow-md">
          {t('offline')}
        </p>
      )}
    </div>
  );
}
