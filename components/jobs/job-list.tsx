'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { jobMessages } from '@/lib/i18n/messages/jobs';
import type { JobsScreen, JobView } from '@/lib/jobs/job-view';
import { JobCard } from './job-card';

export interface JobListProps {
  screen: JobsScreen;
}

/** Every scheduled job; when the gateway is down, the list from cron/jobs.json with the reason above it. */
export function JobList({ screen }: JobListProps) {
  const t = useT(jobMessages);
  const [jobs, setJobs] = useState(screen.jobs);
  const replace = (job: JobView) => setJobs((list) => list.map((j) => (j.id === job.id ? job : j)));
  return (
    <>
      {screen.gatewayError ? (
        <div role="alert" className="mx-4 mb-3 rounded-xl border border-line bg-raised px-4 py-3 text-sm md:mx-8">
          <p className="font-medium text-bad">{t('staleList')}</p>
          <p className="mt-1 text-muted">{screen.gatewayError}</p>
        </div>
      ) : null}
      {jobs.length === 0 ? (
        <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">{t('none')}</p>
      ) : (
        <ul className="mx-4 grid gap-3 pb-6 md:mx-8 md:grid-cols-2 md:max-w-5xl">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} onChanged={replace} />
          ))}
        </ul>
      )}
    </>
  );
}
