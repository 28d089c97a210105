'use client';

import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { notificationMessages } from '@/lib/i18n/messages/notifications';
import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import type { PushDevice } from '@/lib/push/types';

export interface DeviceListProps {
  /** This device's endpoint when it is subscribed, to mark it and to refresh the list when it changes. */
  ownEndpoint: string | null;
}

/** The devices that get notifications; others can be removed here (an old phone, a browser no longer used). */
export function DeviceList({ ownEndpoint }: DeviceListProps) {
  const t = useT(notificationMessages);
  const [devices, setDevices] = useState<PushDevice[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    apiFetch<{ devices: PushDevice[] }>('/api/push/devices')
      .then((reply) => setDevices(reply.devices))
      .catch(() => setDevices(null));
  }, [ownEndpoint]);

  const remove = (endpoint: string) => {
    setProblem(null);
    apiFetch('/api/push/unsubscribe', { method: 'POST', json: { endpoint } })
      .then(() => setDevices((list) => (list ? list.filter((d) => d.endpoint !== endpoint) : list)))
      .catch((error: unknown) => setProblem(error instanceof ApiError ? error.message : t('notRemoved')));
  };

  if (!devices || devices.length === 0) return null;
  return (
    <div>
      <h3 className="px-1 text-sm font-medium">{t('devices')}</h3>
      <ul className="mt-2 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
        {devices.map((d) => (
          <li key={d.endpoint} className="flex min-h-11 items-center justify-between gap-3 px-4 py-1 text-sm">
            <span className="min-w-0 break-words">
              {d.device}
              {d.endpoint === ownEndpoint ? <span className="text-muted">{t('thisDevice')}</span> : null}
            </span>
            {d.endpoint === ownEndpoint ? null : (
              <button type="button" onClick={() => remove(d.endpoint)} className="min-h-11 shrink-0 px-2 font-medium text-accent focus-visible:outline-2 focus-visible:outline-accent">
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem ? (
        <p role="alert" className="mt-2 px-1 text-sm text-bad">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
