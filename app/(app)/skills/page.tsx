import { InstalledBrowser } from '@/components/skills/installed-browser';
import { SkillsTabs } from '@/components/skills/skills-tabs';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { listInstalled } from '@/lib/skills/installed';

export const generateMetadata = titleMetadata(skillMessages, 'title');

/** What the agent can do: the installed skills, searched and filtered in place (`?q=&category=&tag=`, read in the browser). */
export default async function SkillsPage() {
  const [t, result] = await Promise.all([getT(skillMessages), attempt(() => listInstalled())]);
  return (
    <>
      <ScreenHeader title={t('title')} />
      <SkillsTabs active="installed" />
      {result.ok ? <InstalledBrowser list={result.value} /> : <ScreenProblem title={t('installedUnavailable')} message={result.error.message} />}
    </>
  );
}
