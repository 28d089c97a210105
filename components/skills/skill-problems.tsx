import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';

export interface SkillProblemsProps {
  problems: string[];
}

/** What is wrong with the skill's SKILL.md, so it can be fixed; the rest of the page shows what could be read. */
export async function SkillProblems({ problems }: SkillProblemsProps) {
  if (!problems.length) return null;
  const t = await getT(skillMessages);
  return (
    <section role="note" aria-label={t('problemsLabel')} className="rounded-xl border border-bad bg-surface p-4 text-sm">
      <p className="font-medium text-bad">{t('problems', { count: problems.length })}</p>
      <ul className="mt-1 list-disc pl-5 text-muted">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
