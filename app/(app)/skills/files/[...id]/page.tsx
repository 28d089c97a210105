import type { Metadata } from 'next';
import { SkillFileView } from '@/components/skills/skill-file-view';
import { skillHref } from '@/components/skills/skill-href';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { getInstalledFile } from '@/lib/skills/installed';
import { skillFileQuerySchema, skillIdParamsSchema } from '@/lib/skills/schemas';

export const metadata: Metadata = { title: 'Skill file' };

/** One file of an installed skill, read-only: `/skills/files/research/arxiv?path=scripts/search_arxiv.py`. */
export default async function SkillFilePage({ params, searchParams }: { params: Promise<{ id: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const id = skillIdParamsSchema.safeParse(await params);
  const file = skillFileQuerySchema.safeParse(await searchParams);
  const result = id.success && file.success ? await attempt(() => getInstalledFile(id.data.id, file.data.path)) : null;
  return (
    <>
      <BackLink href={id.success ? skillHref(id.data.id) : '/skills'} label={result?.ok ? result.value.skillName : id.success ? 'Skill' : 'Skills'} />
      {result?.ok ? <SkillFileView file={result.value} /> : <ScreenProblem title="This file cannot be shown" message={result?.error.message ?? 'That is not the address of a file in a skill.'} />}
    </>
  );
}
