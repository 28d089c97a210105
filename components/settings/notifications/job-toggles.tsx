'use client';

import { useEffect, useState } from 'react';
import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import type { JobNotification } from '@/lib/push/types';
import { SwitchRow } from './switch-row';

type Jobs = { kind: 'loading' } | { kind: 'problem'; message: string } | { kind: 'ready'; jobs: JobNotification[] };

function message(error: unknown): string {
  return error instanceof ApiError ? error.message : 'The job list could not be loaded.';
}

/** One switch per scheduled job: whether its runs notify. Stored on the server, so it applies to every device. */
export function JobToggles() {
  const [jobs, setJobs] = useState<Jobs>({ kind: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    apiFetch<{ jobs: JobNotification[] }>('/api/push/jobs')
      .then((reply) => setJobs({ kind: 'ready', jobs: reply.jobs }))
      .catch((error: unknown) => setJobs({ kind: 'problem', message: message(error) }));
  }, []);

  const change = (id: string, notify: boolean) => {
    if (jobs.kind !== 'ready') return;
    const before = jobs.jobs;
    setProblem(null);
    setJobs({ kind: 'ready', jobs: before.map((j) => (j.id === id ? { ...j, notify } : j)) });
    apiFetch(`/api/push/jobs/${id}`, { method: 'PUT', json: { notify } }).catch((error: unknown) => {
      setJobs({ kind: 'ready', jobs: before });
      setProblem(error instanceof ApiError ? error.message : 'The change was not saved.');
    });
  };

  return (
    <div>
      <h3 className="px-1 text-sm font-medium">Which jobs notify</h3>
      <p className="mt-0.5 px-1 text-xs text-muted">For all your devices. Silent runs never notify.</p>
      {jobs.kind === 'loading' ? <p className="mt-2 px-1 text-sm text-muted">Loading jobs…</p> : null}
      {jobs.kind === 'problem' ? <p className="mt-2 px-1 text-sm text-muted">{jobs.message}</p> : null}
      {jobs.kind === 'ready' && jobs.jobs.length === 0 ? <p className="mt-2 px-1 text-sm text-muted">No scheduled jobs yet.</p> : null}
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
