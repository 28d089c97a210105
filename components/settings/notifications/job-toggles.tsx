'use client';

import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { notificationMessages } from '@/lib/i18n/messages/notifications';
import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import type { Translate } from '@/lib/i18n/catalogue';
import type { JobNotification } from '@/lib/push/types';
import { SwitchRow } from './switch-row';

type Jobs = { kind: 'loading' } | { kind: 'problem'; message: string } | { kind: 'ready'; jobs: JobNotification[] };

function message(error: unknown, t: Translate<keyof typeof notificationMessages.en>): string {
  return error instanceof ApiError ? error.message : t('jobsFailed');
}

/** One switch per scheduled job: whether its runs notify. Stored on the server, so it applies to every device. */
export function JobToggles() {
  const t = useT(notificationMessages);
  const [jobs, setJobs] = useState<Jobs>({ kind: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    apiFetch<{ jobs: JobNotification[] }>('/api/push/jobs')
      .then((reply) => setJobs({ kind: 'ready', jobs: reply.jobs }))
      .catch((error: unknown) => setJobs({ kind: 'problem', message: message(error, t) }));
  }, [t]);

  const change = (id: string, notify: boolean) => {
    if (jobs.kind !== 'ready') return;
    const before = jobs.jobs;
    setProblem(null);
    setJobs({ kind: 'ready', jobs: before.map((j) => (j.id === id ? { ...j, notify } : j)) });
    apiFetch(`/api/push/jobs/${id}`, { method: 'PUT', json: { notify } }).catch((error: unknown) => {
      setJobs({ kind: 'ready', jobs: before });
      setProblem(error instanceof ApiError ? error.message : t('notSaved'));
    });
  };

  return (
    <div>
      <h3 className="px-1 text-sm font-medium">{t('whichJobs')}</h3>
      <p className="mt-0.5 px-1 text-xs text-muted">{t('whichJobsHint')}</p>
      {jobs.kind === 'loading' ? <p className="mt-2 px-1 text-sm text-muted">{t('loadingJobs')}</p> : null}
      {jobs.kind === 'problem' ? <p className="mt-2 px-1 text-sm text-muted">{jobs.message}</p> : null}
      {jobs.kind === 'ready' && jobs.jobs.length === 0 ? <p className="mt-2 px-1 text-sm text-muted">{t('noJobs')}</p> : null}
      {jobs.kind === 'ready' && jobs.jobs.length > 0 ? (
        <ul className="mt-2 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
          {jobs.jobs.map((job) => (
            <li key={job.id}>
              <SwitchRow label={job.name} checked={job.notify} onChange={(on) => change(job.id, on)} />
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-2 px-1 text-sm text-bad">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
