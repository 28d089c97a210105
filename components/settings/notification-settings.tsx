'use client';

import { useT } from '@/components/i18n/locale-provider';
import { notificationMessages } from '@/lib/i18n/messages/notifications';
import { DeviceList } from './notifications/device-list';
import { DeviceStatus } from './notifications/device-status';
import { JobToggles } from './notifications/job-toggles';
import { SwitchRow } from './notifications/switch-row';
import { usePushDevice } from './notifications/use-push-device';

const BUTTON = 'min-h-11 rounded-xl border border-line bg-raised px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60';

/**
 * Settings → Notifications: turn push on or off for this device (permission is asked only after a
 * tap, as iOS requires), send a test, choose which jobs notify and drop devices no longer used.
 */
export function NotificationSettings() {
  const t = useT(notificationMessages);
  const device = usePushDevice();
  const { state } = device;
  const usable = state.kind === 'on' || state.kind === 'off';
  return (
    <section aria-labelledby="notification-settings" className="flex flex-col gap-4">
      <div>
        <h2 id="notification-settings" className="text-lg font-semibold">
          {t('notifications')}
        </h2>
        <p className="mt-0.5 text-sm text-muted">{t('notificationsHint')}</p>
      </div>
      <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4" data-testid="push-device" data-state={state.kind}>
        {usable ? (
          <div className="-mx-4 -my-2">
            <SwitchRow label={t('onThisDevice')} checked={state.kind === 'on'} disabled={device.busy} onChange={(on) => (on ? device.turnOn() : device.turnOff())} />
          </div>
        ) : (
          <DeviceStatus state={state} />
        )}
        {state.kind === 'on' ? (
          <button type="button" className={`${BUTTON} self-start`} disabled={device.busy} onClick={device.test}>
            {t('sendTest')}
          </button>
        ) : null}
        {device.note ? (
          <p role="status" className="text-sm">
            {device.note}
          </p>
        ) : null}
        {state.kind === 'ios-not-installed' ? null : (
          <p className="text-xs text-muted">{t('iosNote')}</p>
        )}
      </div>
      <JobToggles />
      <DeviceList ownEndpoint={state.kind === 'on' ? state.sub.endpoint : null} />
    </section>
  );
}
