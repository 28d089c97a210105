'use client';

import Link from 'next/link';
import { useT } from '@/components/i18n/locale-provider';
import { notificationMessages } from '@/lib/i18n/messages/notifications';
import type { DeviceState } from './use-push-device';

/** One plain sentence per state: what is going on with this device and what the person can do. */
const STATUS = {
  checking: 'checking',
  insecure: 'insecure',
  'ios-not-installed': 'iosNotInstalled',
  unsupported: 'unsupported',
  'no-worker': 'noWorker',
  denied: 'denied',
} as const satisfies Record<Exclude<DeviceState['kind'], 'on' | 'off'>, keyof typeof notificationMessages.en>;

export interface DeviceStatusProps {
  state: DeviceState;
}

/** Why this device cannot turn notifications on (or that it is still checking), with the way out. */
export function DeviceStatus({ state }: DeviceStatusProps) {
  const t = useT(notificationMessages);
  if (state.kind === 'on' || state.kind === 'off') return null;
  return (
    <p className="text-sm text-muted" data-state={state.kind}>
      {t(STATUS[state.kind])}
      {state.kind === 'insecure' ? (
        <>
          {' '}
          <Link href="/help/https" className="text-accent underline">
            {t('howToHttps')}
          </Link>
        </>
      ) : null}
    </p>
  );
}
