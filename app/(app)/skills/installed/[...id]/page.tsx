import type { Metadata } from 'next';
import { SkillDetailView } from '@/components/skills/skill-detail';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { getInstalled } from '@/lib/skills/installed';
import { skillIdParamsSchema } from '@/lib/skills/schemas';

export const metadata: Metadata = { title: 'Skill' };

/** One installed skill, by its folder under skills/ (`/skills/installed/research/arxiv`). */
export default async function SkillPage({ params }: { params: Promise<{ id: string[] }> }) {
  const parsed = skillIdParamsSchema.safeParse(await params);
  const result = parsed.success ? await attempt(() => getInstalled(parsed.data.id)) : null;
  return (
    <>
      <BackLink href="/skills" label="Skills" />
      {result?.ok ? <SkillDetailView skill={result.value} /> : <ScreenProblem title="This skill cannot be shown" message={result?.error.message ?? 'That is not the address of a skill.'} />}
    </>
  );
}
