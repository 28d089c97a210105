import type { ReactNode } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import type { SkillDetail } from '@/lib/skills/types';
import { ORIGIN_LABELS, sourceLabel, trustLabel } from './origin-label';
import { hasNeeds } from './skill-needs';

export interface SkillFactsProps {
  skill: SkillDetail;
}

/** Version, author, licence, platforms and where the skill came from, as a definition list. */
export function SkillFacts({ skill }: SkillFactsProps) {
  const { provenance: p } = skill;
  const rows: [string, ReactNode][] = [];
  if (skill.category) rows.push(['Category', skill.category]);
  if (skill.version) rows.push(['Version', skill.version]);
  if (skill.author) rows.push(['Author', skill.author]);
  if (skill.license) rows.push(['License', skill.license]);
  if (skill.platforms.length) rows.push(['Platforms', skill.platforms.join(', ')]);
  rows.push(['Origin', p.origin === 'hub' && p.source ? `Hub · ${sourceLabel(p.source)}` : ORIGIN_LABELS[p.origin]]);
  if (p.identifier) rows.push(['Identifier', <code key="id" className="break-all font-mono text-xs">{p.identifier}</code>]);
  if (p.trustLevel && p.origin === 'hub') rows.push(['Trust', trustLabel(p.trustLevel)]);
  if (p.scanVerdict) rows.push(['Security scan', p.scanVerdict]);
  if (p.installedAt) rows.push(['Installed', <LocalTime key="at" ms={p.installedAt} format="full" />]);
  if (p.updatedAt && p.updatedAt !== p.installedAt) rows.push(['Updated', <LocalTime key="up" ms={p.updatedAt} format="full" />]);
  if (skill.homepage && /^https?:\/\//i.test(skill.homepage)) {
    rows.push(['Homepage', <a key="home" href={skill.homepage} target="_blank" rel="noopener noreferrer" className="break-all text-accent underline">{skill.homepage}</a>]);
  }
  if (skill.relatedSkills.length) rows.push(['Related', skill.relatedSkills.join(', ')]);
  if (!hasNeeds(skill.needs) && skill.source === 'hermes-home') rows.push(['Needs', 'Nothing declared (no environment variables or commands)']);
  if (skill.id !== skill.name) rows.push(['Folder', <code key="dir" className="break-all font-mono text-xs">skills/{skill.id}</code>]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-xl border border-line bg-surface p-4 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
