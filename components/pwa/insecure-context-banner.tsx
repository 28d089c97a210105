'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { pwaMessages } from '@/lib/i18n/messages/pwa';
import { INSECURE_BANNER_DISMISSED_KEY, wantsInsecureBanner } from '@/lib/pwa/insecure-banner';
import { HTTPS_HELP_URL } from '@/lib/pwa/paths';

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

function shouldShow(): boolean {
  return wantsInsecureBanner(window);
}

function dismiss(): void {
  window.localStorage.setItem(INSECURE_BANNER_DISMISSED_KEY, '1');
  for (const listener of listeners) listener();
}

/**
 * Over plain HTTP on a tailnet address the browser withholds the service worker, notifications
 * and the clipboard, and nothing else tells the user why those are missing. Dismissal is
 * remembered on this device.
 */
export function InsecureContextBanner() {
  const t = useT(pwaMessages);
  const show = useSyncExternalStore(subscribe, shouldShow, () => false);
  if (!show) return null;
  return (
    <aside aria-label={t('notSecureLabel')} className="border-b border-line bg-raised px-4 pb-3 pt-[max(0.75rem,env(safe-area-inset-top))] text-sm md:px-8">
      <div className="mx-auto flex max-w-3xl items-start gap-3">
        <p className="flex-1">
          <strong className="font-semibold text-warn">{t('notSecure')}</strong> {t('notSecureBody')}{' '}
          <Link href={HTTPS_HELP_URL} className="font-medium text-accent underline underline-offset-2">
            {t('howToHttps')}
          </Link>
        </p>
        <button type="button" onClick={dismiss} className="-my-1 min-h-11 rounded-lg px-3 font-medium text-muted hover:text-ink">
          {t('dismiss')}
        </button>
      </div>
    </aside>
  );
}
