import { SkillFileView } from '@/components/skills/skill-file-view';
import { skillHref } from '@/components/skills/skill-href';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { getInstalledFile } from '@/lib/skills/installed';
import { skillFileQuerySchema, skillIdParamsSchema } from '@/lib/skills/schemas';

export const generateMetadata = titleMetadata(skillMessages, 'fileTitle');

/** One file of an installed skill, read-only: `/skills/files/research/arxiv?path=scripts/search_arxiv.py`. */
export default async function SkillFilePage({ params, searchParams }: { params: Promise<{ id: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getT(skillMessages);
  const id = skillIdParamsSchema.safeParse(await params);
  const file = skillFileQuerySchema.safeParse(await searchParams);
  const result = id.success && file.success ? await attempt(() => getInstalledFile(id.data.id, file.data.path)) : null;
  return (
    <>
      <BackLink href={id.success ? skillHref(id.data.id) : '/skills'} label={result?.ok ? result.value.skillName : id.success ? t('skillTitle') : t('title')} />
      {result?.ok ? <SkillFileView file={result.value} /> : <ScreenProblem title={t('fileCannotShow')} message={result?.error.message ?? t('notASkillFile')} />}
    </>
  );
}
