'use client';

import { useCallback, useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { ApiError } from '@/lib/client/api-fetch';
import type { Translate } from '@/lib/i18n/catalogue';
import { notificationMessages } from '@/lib/i18n/messages/notifications';
import { currentSubscription, detectPushSupport, disablePush, enablePush, sendTest, type PushSupport } from './push-device';

export type DeviceState = { kind: 'checking' } | { kind: Exclude<PushSupport, 'ready'> } | { kind: 'off' } | { kind: 'on'; sub: PushSubscription };

export interface PushDevice {
  state: DeviceState;
  /** A step under way (turning on or off, sending the test). */
  busy: boolean;
  /** The last step's result or failure, in words. */
  note: string | null;
  turnOn(): void;
  turnOff(): void;
  test(): void;
}

function say(error: unknown, t: Translate<keyof typeof notificationMessages.en>): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof DOMException && error.name === 'NotAllowedError') return t('refused');
  return t('couldNot', { reason: error instanceof Error ? error.message : String(error) });
}

/** This device's notification state, and the three things a person can do with it. */
export function usePushDevice(): PushDevice {
  const t = useT(notificationMessages);
  const [state, setState] = useState<DeviceState>({ kind: 'checking' });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const check = async (): Promise<void> => {
      const support = await detectPushSupport();
      if (!live) return;
      if (support !== 'ready') {
        setState({ kind: support });
        // A first visit can arrive before the worker has installed: look again once it is active.
        if (support === 'no-worker') void navigator.serviceWorker.ready.then(check);
        return;
      }
      const sub = await currentSubscription().catch(() => null);
      if (live) setState(sub ? { kind: 'on', sub } : { kind: 'off' });
    };
    void check();
    return () => {
      live = false;
    };
  }, []);

  const run = useCallback(async (step: () => Promise<void>) => {
    setBusy(true);
    setNote(null);
    try {
      await step();
    } catch (error) {
      setNote(say(error, t));
    } finally {
      setBusy(false);
    }
  }, [t]);

  return {
    state,
    busy,
    note,
    turnOn: () =>
      void run(async () => {
        const sub = await enablePush();
        setState(sub === 'denied' ? { kind: Notification.permission === 'denied' ? 'denied' : 'off' } : { kind: 'on', sub });
      }),
    turnOff: () =>
      void run(async () => {
        if (state.kind === 'on') await disablePush(state.sub);
        setState({ kind: 'off' });
      }),
    test: () =>
      void run(async () => {
        if (state.kind !== 'on') return;
        const result = await sendTest(state.sub);
        if (result.outcome === 'sent') setNote(t('sent'));
        else if (result.outcome === 'expired') {
          setState({ kind: 'off' });
          setNote(t('gone'));
        } else setNote(t('pushRefused', { reason: result.message }));
      }),
  };
}
