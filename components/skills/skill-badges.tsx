'use client';

import { useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import type { SkillSummary } from '@/lib/skills/types';
import { originLabel } from './origin-label';
import { Pill } from './pill';

export interface SkillBadgesProps {
  skill: SkillSummary;
}

/** Where a skill came from and anything the user should know at a glance: off, needs setup, unreadable frontmatter. */
export function SkillBadges({ skill }: SkillBadgesProps) {
  const t = useT(skillMessages);
  const { provenance } = skill;
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Pill tone={provenance.origin === 'local' ? 'accent' : 'plain'} title={provenance.identifier ?? undefined}>
        {originLabel(provenance.origin, provenance.source, t)}
      </Pill>
      {skill.disabled ? <Pill tone="warn">{t('disabled')}</Pill> : null}
      {skill.disabledOn.length ? <Pill tone="warn">{t('offOn', { platforms: skill.disabledOn.join(', ') })}</Pill> : null}
      {skill.needsSetup ? <Pill tone="warn">{t('needsSetup')}</Pill> : null}
      {skill.problems.length ? <Pill tone="bad">{t('frontmatterProblem')}</Pill> : null}
    </span>
  );
}
