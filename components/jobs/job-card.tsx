'use client';

import Link from 'next/link';
import { type ReactNode, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { LocalTime } from '@/components/ui/local-time';
import { ApiError, apiFetch } from '@/lib/client/api-fetch';
import { jobMessages } from '@/lib/i18n/messages/jobs';
import type { JobAction, JobView } from '@/lib/jobs/job-view';
import { JobState } from './job-state';

export interface JobCardProps {
  job: JobView;
  onChanged: (job: JobView) => void;
}

const DONE = { run: 'queued', pause: 'paused', resume: 'resumed' } as const satisfies Record<JobAction, string>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** One scheduled job: schedule, next and last run, the last error, and run / pause / resume. */
export function JobCard({ job, onChanged }: JobCardProps) {
  const t = useT(jobMessages);
  const [busy, setBusy] = useState<JobAction | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const paused = job.state === 'paused' || !job.enabled;

  const act = (action: JobAction) => {
    setBusy(action);
    setOutcome(null);
    apiFetch<{ job: JobView }>(`/api/jobs/${job.id}/${action}`, { method: 'POST' })
      .then((r) => {
        onChanged(r.job);
        setOutcome({ ok: true, text: t(DONE[action]) });
      })
      .catch((e: unknown) => setOutcome({ ok: false, text: e instanceof ApiError ? e.message : t('failed') }))
      .finally(() => setBusy(null));
  };

  const button = 'min-h-11 rounded-xl border border-line bg-surface px-4 text-sm font-medium disabled:opacity-60';
  return (
    <li data-job-id={job.id} className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4">
      <div className="flex items-start gap-2">
        <h2 className="min-w-0 flex-1 break-words font-semibold">{job.name}</h2>
        <JobState state={job.state} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <Fact label={t('schedule')}>{job.schedule ? <code className="font-mono text-[13px]">{job.schedule}</code> : '—'}</Fact>
        <Fact label={t('nextRun')}>{job.nextRunAt && !paused ? <LocalTime ms={job.nextRunAt} /> : paused ? t('pausedState') : '—'}</Fact>
        <Fact label={t('lastRun')}>
          {job.lastRunAt ? <LocalTime ms={job.lastRunAt} /> : t('never')}
          {job.lastStatus ? <span className={job.lastStatus === 'ok' ? 'text-ok' : 'text-bad'}> · {job.lastStatus === 'ok' ? t('ok') : job.lastStatus}</span> : null}
        </Fact>
      </dl>
      {job.lastError ? <p className="rounded-lg bg-raised px-3 py-2 font-mono text-xs break-words text-bad">{job.lastError}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} disabled={busy !== null} onClick={() => act('run')}>
          {busy === 'run' ? t('starting') : t('runNow')}
        </button>
        {paused ? (
          <button type="button" className={button} disabled={busy !== null} onClick={() => act('resume')}>
            {busy === 'resume' ? t('resuming') : t('resume')}
          </button>
        ) : (
          <button type="button" className={button} disabled={busy !== null} onClick={() => act('pause')}>
            {busy === 'pause' ? t('pausing') : t('pause')}
          </button>
        )}
        <Link href={`/reviews?job=${job.id}`} className="flex min-h-11 items-center rounded-xl px-3 text-sm font-medium text-accent">
          {t('runs')}
        </Link>
      </div>
      {outcome ? (
        <p role={outcome.ok ? 'status' : 'alert'} className={`text-sm ${outcome.ok ? 'text-ok' : 'text-bad'}`}>
          {outcome.text}
        </p>
      ) : null}
    </li>
  );
}
