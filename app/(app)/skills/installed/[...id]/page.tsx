import { SkillDetailView } from '@/components/skills/skill-detail';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { getInstalled } from '@/lib/skills/installed';
import { skillIdParamsSchema } from '@/lib/skills/schemas';

export const generateMetadata = titleMetadata(skillMessages, 'skillTitle');

/** One installed skill, by its folder under skills/ (`/skills/installed/research/arxiv`). */
export default async function SkillPage({ params }: { params: Promise<{ id: string[] }> }) {
  const t = await getT(skillMessages);
  const parsed = skillIdParamsSchema.safeParse(await params);
  const result = parsed.success ? await attempt(() => getInstalled(parsed.data.id)) : null;
  return (
    <>
      <BackLink href="/skills" label={t('title')} />
      {result?.ok ? <SkillDetailView skill={result.value} /> : <ScreenProblem title={t('skillCannotShow')} message={result?.error.message ?? t('notASkill')} />}
    </>
  );
}
