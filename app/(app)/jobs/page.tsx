import { JobList } from '@/components/jobs/job-list';
import { BackLink } from '@/components/ui/back-link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { jobMessages } from '@/lib/i18n/messages/jobs';
import { moreMessages } from '@/lib/i18n/messages/more';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { listJobViews } from '@/lib/jobs/jobs';

export const generateMetadata = titleMetadata(jobMessages, 'title');

/** The agent's scheduled jobs, with run now, pause and resume. */
export default async function JobsPage() {
  const [t, tMore, result] = await Promise.all([getT(jobMessages), getT(moreMessages), attempt(listJobViews)]);
  return (
    <>
      <BackLink href="/more" label={tMore('title')} />
      <ScreenHeader title={t('title')} />
      {result.ok ? <JobList screen={result.value} /> : <ScreenProblem title={t('cannotList')} message={result.error.message} />}
    </>
  );
}
