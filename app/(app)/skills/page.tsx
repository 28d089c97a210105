import type { Metadata } from 'next';
import { InstalledBrowser } from '@/components/skills/installed-browser';
import { SkillsTabs } from '@/components/skills/skills-tabs';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { listInstalled } from '@/lib/skills/installed';

export const metadata: Metadata = { title: 'Skills' };

/** What the agent can do: the installed skills, searched and filtered in place (`?q=&category=&tag=`, read in the browser). */
export default async function SkillsPage() {
  const result = await attempt(() => listInstalled());
  return (
    <>
      <ScreenHeader title="Skills" />
      <SkillsTabs active="installed" />
      {result.ok ? <InstalledBrowser list={result.value} /> : <ScreenProblem title="Installed skills are not available" message={result.error.message} />}
    </>
  );
}
