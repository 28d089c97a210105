import type { Metadata } from 'next';
import { JobList } from '@/components/jobs/job-list';
import { BackLink } from '@/components/ui/back-link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { listJobViews } from '@/lib/jobs/jobs';

export const metadata: Metadata = { title: 'Jobs' };

/** The agent's scheduled jobs, with run now, pause and resume. */
export default async function JobsPage() {
  const result = await attempt(listJobViews);
  return (
    <>
      <BackLink href="/more" label="More" />
      <ScreenHeader title="Jobs" />
      {result.ok ? <JobList screen={result.value} /> : <ScreenProblem title="Jobs cannot be listed" message={result.error.message} />}
    </>
  );
}
