'use client';

import Link from 'next/link';
import { useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import type { SkillSummary } from '@/lib/skills/types';
import { SkillBadges } from './skill-badges';
import { skillHref } from './skill-href';

export interface SkillCardProps {
  skill: SkillSummary;
}

const SHOWN_TAGS = 4;

/** One installed skill in the list: name, category, what it does, a few tags and its badges. */
export function SkillCard({ skill }: SkillCardProps) {
  const t = useT(skillMessages);
  return (
    <li className="min-w-0">
      <Link href={skillHref(skill.id)} data-skill-id={skill.id} className="flex h-full flex-col gap-2 rounded-2xl border border-line bg-surface p-4 hover:bg-raised">
        <span className="flex items-baseline gap-2">
          <span className={`min-w-0 flex-1 truncate font-semibold ${skill.disabled ? 'text-muted' : 'text-ink'}`}>{skill.name}</span>
          {skill.version ? <span className="shrink-0 text-xs text-muted">v{skill.version}</span> : null}
        </span>
        {skill.category ? <span className="-mt-1 text-xs text-muted">{skill.category}</span> : null}
        <span className="line-clamp-3 text-sm text-muted">{skill.description || t('noDescription')}</span>
        {skill.tags.length ? (
          <span className="flex flex-wrap gap-1" aria-label={t('tags')}>
            {skill.tags.slice(0, SHOWN_TAGS).map((tag) => (
              <span key={tag} className="rounded-md bg-raised px-1.5 py-0.5 text-xs text-muted">
                {tag}
              </span>
            ))}
            {skill.tags.length > SHOWN_TAGS ? <span className="px-1 text-xs text-muted">+{skill.tags.length - SHOWN_TAGS}</span> : null}
          </span>
        ) : null}
        <span className="mt-auto pt-1">
          <SkillBadges skill={skill} />
        </span>
      </Link>
    </li>
  );
}
