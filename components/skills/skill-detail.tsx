import Link from 'next/link';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';
import type { SkillDetail } from '@/lib/skills/types';
import { SkillBadges } from './skill-badges';
import { SkillFacts } from './skill-facts';
import { SkillFilesList } from './skill-files-list';
import { hasNeeds, SkillNeedsView } from './skill-needs';
import { SkillProblems } from './skill-problems';

export interface SkillDetailViewProps {
  skill: SkillDetail;
}

/** One installed skill: what it is, what it needs, its files, then its SKILL.md as the agent reads it. */
export async function SkillDetailView({ skill }: SkillDetailViewProps) {
  const t = await getT(skillMessages);
  return (
    <article data-skill={skill.id} className="mx-4 flex flex-col gap-4 pb-10 md:mx-8 md:max-w-3xl">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight break-words">{skill.name}</h1>
        {skill.description ? <p className="text-muted">{skill.description}</p> : null}
        <SkillBadges skill={skill} />
        {skill.tags.length ? (
          <ul aria-label={t('tags')} className="flex flex-wrap gap-1.5">
            {skill.tags.map((tag) => (
              <li key={tag}>
                <Link href={`/skills?tag=${encodeURIComponent(tag)}`} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg bg-raised px-3 text-sm text-muted hover:text-ink">
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <SkillProblems problems={skill.problems} />
      <SkillFacts skill={skill} />
      {hasNeeds(skill.needs) ? <SkillNeedsView needs={skill.needs} /> : null}
      {skill.source === 'hermes-home' ? <SkillFilesList skillId={skill.id} files={skill.files} truncated={skill.filesTruncated} /> : null}
      <section aria-label="SKILL.md" className="mt-2 border-t border-line pt-3">
        <h2 className="mb-3 font-mono text-xs text-muted">SKILL.md</h2>
        {skill.body.trim() ? (
          <StreamingMarkdown text={skill.body} streaming={false} />
        ) : (
          <p className="text-sm text-muted">{skill.source === 'gateway' ? t('noGatewayText') : t('noBody')}</p>
        )}
      </section>
    </article>
  );
}
