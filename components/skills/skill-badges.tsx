import type { SkillSummary } from '@/lib/skills/types';
import { ORIGIN_LABELS, sourceLabel } from './origin-label';
import { Pill } from './pill';

export interface SkillBadgesProps {
  skill: SkillSummary;
}

/** Where a skill came from and anything the user should know at a glance: off, needs setup, unreadable frontmatter. */
export function SkillBadges({ skill }: SkillBadgesProps) {
  const { provenance } = skill;
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Pill tone={provenance.origin === 'local' ? 'accent' : 'plain'} title={provenance.identifier ?? undefined}>
        {provenance.origin === 'hub' && provenance.source ? `Hub · ${sourceLabel(provenance.source)}` : ORIGIN_LABELS[provenance.origin]}
      </Pill>
      {skill.disabled ? <Pill tone="warn">Disabled</Pill> : null}
      {skill.disabledOn.length ? <Pill tone="warn">Off on {skill.disabledOn.join(', ')}</Pill> : null}
      {skill.needsSetup ? <Pill tone="warn">Needs setup</Pill> : null}
      {skill.problems.length ? <Pill tone="bad">Frontmatter problem</Pill> : null}
    </span>
  );
}
