'use client';

import Link from 'next/link';
import type { DeviceState } from './use-push-device';

/** One plain sentence per state: what is going on with this device and what the person can do. */
const STATUS: Readonly<Record<Exclude<DeviceState['kind'], 'on' | 'off'>, string>> = {
  checking: 'Checking this device…',
  insecure: 'Notifications need a secure (HTTPS) connection, and this page was opened over plain HTTP.',
  'ios-not-installed':
    'On iPhone and iPad, notifications work only in the installed app. In Safari, tap Share, then Add to Home Screen (iOS 16.4 or later), open Paddock from the Home Screen and turn notifications on there.',
  unsupported: 'This browser cannot receive web notifications.',
  'no-worker': 'Waiting for the app’s service worker to start; this device cannot receive notifications without it. If this stays, reload the page.',
  denied:
    'Notifications are blocked for Paddock on this device. Allow them in the browser’s site settings (on iPhone: Settings, Notifications, Paddock), then reload this page.',
};

export interface DeviceStatusProps {
  state: DeviceState;
}

/** Why this device cannot turn notifications on (or that it is still checking), with the way out. */
export function DeviceStatus({ state }: DeviceStatusProps) {
  if (state.kind === 'on' || state.kind === 'off') return null;
  return (
    <p className="text-sm text-muted" data-state={state.kind}>
      {STATUS[state.kind]}
      {state.kind === 'insecure' ? (
        <>
          {' '}
          <Link href="/help/https" className="text-accent underline">
            How to use HTTPS
          </Link>
        </>
      ) : null}
    </p>
  );
}
